package io.saidwho.job;

import java.util.Iterator;
import java.util.function.Function;

/**
 * A lazy map over an iterator: maps one input element when it is asked for, so a partition is
 * never held in memory whole. Not thread-safe.
 */
final class MappingIterator<I, O> implements Iterator<O> {

  private final Iterator<I> input;
  private final Function<I, O> mapper;

  MappingIterator(Iterator<I> input, Function<I, O> mapper) {
    this.input = input;
    this.mapper = mapper;
  }

  @Override
  public boolean hasNext() {
    return input.hasNext();
  }

  @Override
  public O next() {
    return mapper.apply(input.next());
  }
}

package io.saidwho.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A lazy flat map over an iterator: maps one input element at a time, so a partition is never
 * held in memory whole. Not thread-safe.
 */
final class FlatMappingIterator<I, O> implements Iterator<O> {

  private final Iterator<I> input;
  private final Function<I, List<O>> mapper;
  private final Deque<O> buffer = new ArrayDeque<>();

  FlatMappingIterator(Iterator<I> input, Function<I, List<O>> mapper) {
    this.input = input;
    this.mapper = mapper;
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && input.hasNext()) {
      buffer.addAll(mapper.apply(input.next()));
    }
    return !buffer.isEmpty();
  }

  @Override
  public O next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffer.removeFirst();
  }
}

package io.saidwho.core.text;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list over an array, whose sub-lists are of the same class: the core's lists of
 * sentences, tokens and quotes. The JDK's immutable lists are three classes ({@code List.of} and
 * {@code List.copyOf} give one class for up to two elements and another for more, and their
 * sub-lists a third), so a loop over "the tokens" meets all three; HotSpot compiles such a call
 * for the classes it has seen, and each class that turns up later costs a deoptimisation and a
 * new compilation of every method that inlined the call (docs/benchmark.md, "Lists of one
 * class"). Refuses null elements, as {@code List.copyOf} does; changing operations throw
 * {@link UnsupportedOperationException}.
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

  private static final FrozenList<Object> EMPTY = new FrozenList<>(new Object[0], 0, 0);

  private final Object[] elements;
  private final int offset;
  private final int size;

  private FrozenList(Object[] elements, int offset, int size) {
    this.elements = elements;
    this.offset = offset;
    this.size = size;
  }

  /** The empty list. */
  @SuppressWarnings("unchecked")
  public static <E> FrozenList<E> of() {
    return (FrozenList<E>) EMPTY;
  }

  /** The items in their order; a frozen list is returned as it is. */
  @SuppressWarnings("unchecked")
  public static <E> FrozenList<E> copyOf(Collection<? extends E> items) {
    if (items instanceof FrozenList<?> frozen) {
      return (FrozenList<E>) frozen;
    }
    return wrap(items.toArray());
  }

  /**
   * The array's items without a copy: for an owner that never writes to the array again (a
   * sentence's tagged tokens).
   */
  public static <E> FrozenList<E> view(E[] items) {
    return wrap(items);
  }

  private static <E> FrozenList<E> wrap(Object[] items) {
    for (Object item : items) {
      Objects.requireNonNull(item, "null element");
    }
    return items.length == 0 ? of() : new FrozenList<>(items, 0, items.length);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) elements[offset + index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public FrozenList<E> subList(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, size);
    return fromIndex == toIndex ? of()
        : new FrozenList<>(elements, offset + fromIndex, toIndex - fromIndex);
  }

  @Override
  public Object[] toArray() {
    Object[] out = new Object[size];
    System.arraycopy(elements, offset, out, 0, size);
    return out;
  }
}

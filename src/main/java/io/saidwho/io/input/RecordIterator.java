package io.saidwho.io.input;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A lazy iterator of the records of one split: {@link #computeNext} reads one record (null at the
 * end); an {@link IOException} ends the split with the record {@link #onError} makes of it (a
 * {@code read_error} reject), so that a broken file never stops the batch. Not thread-safe.
 */
abstract class RecordIterator implements Iterator<InputRecord> {

  private InputRecord next;
  private boolean done;

  /** The next record, or null when the split has no more. */
  protected abstract InputRecord computeNext() throws IOException;

  /** The record that stands for the rest of the split after {@code e}. */
  protected abstract InputRecord onError(IOException e);

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = computeNext();
        done = next == null;
      } catch (IOException e) {
        next = onError(e);
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputRecord record = next;
    next = null;
    return record;
  }
}

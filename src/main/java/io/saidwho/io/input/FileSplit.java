package io.saidwho.io.input;

import java.io.Serializable;

/**
 * A byte range of an input file that one task reads on its own: the records that start in
 * {@code [start, end)} (a record that starts inside and runs past {@code end} is read whole).
 */
public record FileSplit(InputFile file, long start, long end) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The whole file as one split. */
  public static FileSplit whole(InputFile file) {
    return new FileSplit(file, 0, Math.max(file.length(), 0));
  }

  public long length() {
    return end - start;
  }

  public boolean isFirst() {
    return start == 0;
  }
}

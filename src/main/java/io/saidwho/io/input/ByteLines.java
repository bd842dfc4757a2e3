package io.saidwho.io.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, as raw bytes (so that invalid UTF-8 survives to be rejected), with
 * the byte offset where each starts. A line ends at {@code \n}; a {@code \r} before it is dropped.
 * A line longer than the limit keeps only its first bytes and says how long it was. Not
 * thread-safe.
 */
final class ByteLines {

  /** One line: its start offset, its bytes (cut at the limit) and whether it was cut. */
  record Line(long offset, byte[] bytes, boolean cut) {

    boolean isBlank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
          return false;
        }
      }
      return true;
    }
  }

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int pos;
  private int limit;
  private long offset;

  /** Lines of {@code in}, whose first byte is at {@code offset} of the file. */
  ByteLines(InputStream in, long offset, long maxLineBytes) {
    this.in = in;
    this.offset = offset;
    this.maxLineBytes = maxLineBytes;
  }

  /** The offset of the next byte to be read. */
  long offset() {
    return offset;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    long start = offset;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean cut = false;
    boolean any = false;
    while (fill()) {
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      int keep = (int) Math.max(0, Math.min(end - pos, maxLineBytes - line.size()));
      line.write(buffer, pos, keep);
      cut |= keep < end - pos;
      offset += (newline < 0 ? end : newline + 1) - pos;
      pos = newline < 0 ? end : newline + 1;
      if (newline >= 0) {
        return line(start, line, cut);
      }
    }
    return any ? line(start, line, cut) : null;
  }

  private static Line line(long start, ByteArrayOutputStream line, boolean cut) {
    byte[] bytes = line.toByteArray();
    if (!cut && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(start, bytes, cut);
  }

  private int indexOfNewline() {
    for (int i = pos; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    if (pos < limit) {
      return true;
    }
    int n = in.read(buffer, 0, buffer.length);
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }
}

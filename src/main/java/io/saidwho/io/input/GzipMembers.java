package io.saidwho.io.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds where a record starts in the middle of a {@code .warc.gz} file, so that tasks can read
 * one file in parallel: WARC writers compress each record as its own gzip member, so a record
 * starts at a gzip header ({@code 1f 8b 08}) whose first inflated bytes are {@code WARC/}.
 * Scans forward with a bounded window (a file that is one gzip stream has no such start after
 * its first byte). Stateless.
 */
final class GzipMembers {

  /** A record start: its offset in the file and the stream from there on. */
  record Start(long offset, InputStream stream) {}

  private static final int WINDOW = 1 << 20;
  /** Bytes kept after a candidate to check it: a gzip header and the start of its data. */
  private static final int LOOKAHEAD = 1 << 16;
  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int FHCRC = 2;

  private GzipMembers() {}

  /**
   * The first record start at or after {@code offset} (where {@code in} is) and before {@code
   * end}, or null when there is none.
   */
  static Start next(InputStream in, long offset, long end) throws IOException {
    byte[] buffer = new byte[WINDOW + LOOKAHEAD];
    int length = 0;
    long bufferOffset = offset;
    boolean eof = false;
    while (true) {
      while (!eof && length < buffer.length) {
        int n = in.read(buffer, length, buffer.length - length);
        eof = n < 0;
        length += Math.max(n, 0);
      }
      int scanTo = eof ? length : length - LOOKAHEAD;
      for (int i = 0; i < scanTo && bufferOffset + i < end; i++) {
        if (isRecordStart(buffer, i, length)) {
          InputStream rest = new ByteArrayInputStream(Arrays.copyOfRange(buffer, i, length));
          return new Start(bufferOffset + i, new SequenceInputStream(rest, in));
        }
      }
      if (eof || bufferOffset + scanTo >= end) {
        return null;
      }
      System.arraycopy(buffer, scanTo, buffer, 0, length - scanTo);
      bufferOffset += scanTo;
      length -= scanTo;
    }
  }

  static boolean isRecordStart(byte[] b, int at, int length) {
    if (at + 10 > length || b[at] != 0x1f || (b[at + 1] & 0xff) != 0x8b || b[at + 2] != 8) {
      return false;
    }
    int flags = b[at + 3] & 0xff;
    int p = at + 10;
    if ((flags & FEXTRA) != 0) {
      p = p + 2 > length ? length : p + 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
    }
    p = (flags & FNAME) != 0 ? skipZeroTerminated(b, p, length) : p;
    p = (flags & FCOMMENT) != 0 ? skipZeroTerminated(b, p, length) : p;
    p += (flags & FHCRC) != 0 ? 2 : 0;
    return p < length && inflatesToWarc(b, p, length - p);
  }

  private static int skipZeroTerminated(byte[] b, int p, int length) {
    while (p < length && b[p] != 0) {
      p++;
    }
    return p + 1;
  }

  private static boolean inflatesToWarc(byte[] b, int offset, int length) {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(b, offset, length);
      byte[] head = new byte[WARC.length];
      int n = 0;
      while (n < head.length && !inflater.finished() && !inflater.needsInput()
          && !inflater.needsDictionary()) {
        int inflated = inflater.inflate(head, n, head.length - n);
        if (inflated == 0) {
          break;
        }
        n += inflated;
      }
      return n == head.length && Arrays.equals(head, WARC);
    } catch (DataFormatException e) {
      return false;
    } finally {
      inflater.end();
    }
  }
}

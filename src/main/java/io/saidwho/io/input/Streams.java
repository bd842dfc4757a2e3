package io.saidwho.io.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Byte-stream helpers of the formats: gzip by file name, bounded whole reads. Stateless. */
final class Streams {

  private static final int BUFFER = 1 << 16;

  private Streams() {}

  /** {@code in}, gunzipped when the file's name ends in {@code .gz} (all gzip members read). */
  static InputStream decompressed(InputFile file, InputStream in) throws IOException {
    return file.isGzip() ? new GZIPInputStream(in, BUFFER) : in;
  }

  /**
   * At most {@code limit + 1} bytes of {@code in}: a result longer than {@code limit} means the
   * stream holds more than the limit (the rest is left unread).
   */
  static byte[] readUpTo(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    long wanted = limit + 1;
    while (out.size() < wanted) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - out.size()));
      if (n < 0) {
        break;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}

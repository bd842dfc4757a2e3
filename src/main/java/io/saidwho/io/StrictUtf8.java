package io.saidwho.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding (no replacement characters) and a cheap binary-content check, for raw
 * input records. Stateless.
 */
public final class StrictUtf8 {

  /** How much of a record the binary check looks at. */
  static final int SNIFF_BYTES = 8192;

  /** More control bytes than this share of the sniffed bytes means binary. */
  static final double MAX_CONTROL_SHARE = 0.10;

  private StrictUtf8() {}

  /** The decoded text, or null when {@code bytes} is not valid UTF-8 (see {@link #firstError}). */
  public static String decode(byte[] bytes) {
    return firstError(bytes) < 0 ? new String(bytes, StandardCharsets.UTF_8) : null;
  }

  /** The offset of the first byte that is not valid UTF-8, or -1 when all are. */
  public static int firstError(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return decoder.flush(out).isError() ? in.position() : -1;
      }
      out.clear();
    }
  }

  /** True when {@code bytes} holds a NUL or is control-heavy in its first {@link #SNIFF_BYTES}. */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        control++;
      }
    }
    return n > 0 && control > n * MAX_CONTROL_SHARE;
  }

  /** A lenient decoding (bad bytes replaced), for excerpts of rejected records. */
  public static String decodeLeniently(byte[] bytes, int maxBytes) {
    return new String(bytes, 0, Math.min(bytes.length, maxBytes), StandardCharsets.UTF_8);
  }
}

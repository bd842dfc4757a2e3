package io.saidwho.resolve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ids of the tables: the first 16 hex chars of the SHA-256 of a string's UTF-8 bytes. The same
 * string gives the same id in every run and on every machine. The same 8 bytes as a long ({@link
 * #longOf}) are the id inside the Spark steps (cheaper to hash, sort and join than its text);
 * {@link #hex} gives the text back. Stateless.
 */
public final class ShortHash {

  private ShortHash() {}

  public static String of(String text) {
    return hex(longOf(text));
  }

  /** The first 8 bytes of the SHA-256 of {@code text}'s UTF-8, big-endian. */
  public static long longOf(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash, 0, 8).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The 16 lower-case hex chars of an id. */
  public static String hex(long id) {
    return HexFormat.of().toHexDigits(id);
  }
}

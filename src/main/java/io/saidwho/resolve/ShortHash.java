package io.saidwho.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ids of the tables: the first 16 hex chars of the SHA-256 of a string's UTF-8 bytes. The same
 * string gives the same id in every run and on every machine. Stateless.
 */
public final class ShortHash {

  private ShortHash() {}

  public static String of(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

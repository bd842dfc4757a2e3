package io.saidwho.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic quote ids: the first 16 hex chars of the SHA-256 of the UTF-8 bytes of {@code
 * article_id + ":" + begin_char + ":" + end_char}. The same quote of the same article gets the same
 * id in every run.
 */
public final class QuoteIds {

  private QuoteIds() {}

  public static String of(String articleId, int begin, int end) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((articleId + ":" + begin + ":" + end)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

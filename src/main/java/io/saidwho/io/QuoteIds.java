package io.saidwho.io;

import io.saidwho.resolve.ShortHash;

/**
 * Deterministic quote ids: the first 16 hex chars of the SHA-256 of the UTF-8 bytes of {@code
 * article_id + ":" + begin_char + ":" + end_char}. The same quote of the same article gets the same
 * id in every run.
 */
public final class QuoteIds {

  private QuoteIds() {}

  public static String of(String articleId, int begin, int end) {
    return ShortHash.of(articleId + ":" + begin + ":" + end);
  }
}

package io.saidwho.io;

import io.saidwho.core.text.Article;

/**
 * One input record after reading and parsing: either an article or a reject, never both.
 *
 * @param article the article, or null when rejected
 * @param reject why the record was rejected, or null
 */
public record ParsedRecord(Article article, Reject reject) {

  public static ParsedRecord of(Article article) {
    return new ParsedRecord(article, null);
  }

  public static ParsedRecord rejected(Reject reject) {
    return new ParsedRecord(null, reject);
  }

  public boolean isRejected() {
    return reject != null;
  }
}

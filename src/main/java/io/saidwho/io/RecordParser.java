package io.saidwho.io;

import io.saidwho.core.text.Article;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * The checks every input format applies to a record, in this order: binary content ({@code
 * binary}), strict UTF-8 ({@code not_utf8}), then, on the article the format made of it, empty
 * text ({@code empty_text}) and length ({@code too_large}, before any NLP). Also the byte limits
 * that let a format reject an oversized record as {@code too_large} without loading it whole,
 * all derived from {@code input.max-article-chars}. Thread-safe.
 */
public final class RecordParser implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Any UTF-8 text of more than 3 bytes per char is longer than its byte count / 3 chars. */
  private static final int MAX_UTF8_BYTES_PER_CHAR = 3;
  /** JSON escapes ({@code \}{@code u00e9}) take up to 6 bytes per char, plus the other fields. */
  private static final int MAX_JSON_BYTES_PER_CHAR = 6;
  private static final int JSON_FIELDS_BYTES = 1 << 16;
  /** HTML is markup around its text: a page may be this many times its article's length. */
  private static final int MAX_MARKUP_BYTES_PER_CHAR = 10;

  private final int maxArticleChars;

  public RecordParser(int maxArticleChars) {
    this.maxArticleChars = maxArticleChars;
  }

  public int maxArticleChars() {
    return maxArticleChars;
  }

  /** A plain-text record longer than this many bytes has more than the allowed chars. */
  public long maxTextBytes() {
    return (long) MAX_UTF8_BYTES_PER_CHAR * maxArticleChars;
  }

  /** A JSON Lines line longer than this is rejected as {@code too_large} without parsing. */
  public long maxLineBytes() {
    return (long) MAX_JSON_BYTES_PER_CHAR * maxArticleChars + JSON_FIELDS_BYTES;
  }

  /** An HTML page longer than this is rejected as {@code too_large} without parsing. */
  public long maxMarkupBytes() {
    return (long) MAX_MARKUP_BYTES_PER_CHAR * maxArticleChars;
  }

  /** The strictly decoded text of {@code bytes}, or why it has none (binary, not UTF-8). */
  public Decoded decode(String articleId, String inputFile, byte[] bytes) {
    Reject binary = binary(articleId, inputFile, bytes);
    if (binary != null) {
      return Decoded.rejected(binary);
    }
    int bad = StrictUtf8.firstError(bytes);
    if (bad >= 0) {
      String raw = StrictUtf8.decodeLeniently(bytes, 4 * Reject.EXCERPT_CHARS);
      return Decoded.rejected(RejectReason.NOT_UTF8.reject(articleId, inputFile,
          "invalid UTF-8 at byte " + bad, raw));
    }
    return Decoded.of(new String(bytes, StandardCharsets.UTF_8));
  }

  /** A {@code binary} reject when {@code bytes} look binary, else null. */
  public Reject binary(String articleId, String inputFile, byte[] bytes) {
    if (!StrictUtf8.looksBinary(bytes)) {
      return null;
    }
    return RejectReason.BINARY.reject(articleId, inputFile,
        "binary content (NUL or control bytes), " + bytes.length + " bytes", null);
  }

  /** The {@code too_large} reject of a record cut off after {@code limit} bytes. */
  public Reject tooManyBytes(String articleId, String inputFile, long limit, byte[] prefix) {
    Reject binary = binary(articleId, inputFile, prefix);
    return binary != null ? binary : RejectReason.TOO_LARGE.reject(articleId, inputFile,
        "record has more than " + limit + " bytes, more than input.max-article-chars="
            + maxArticleChars + " allows; not read further",
        StrictUtf8.decodeLeniently(prefix, 4 * Reject.EXCERPT_CHARS));
  }

  /** The article, or an {@code empty_text} or {@code too_large} reject. */
  public ParsedRecord validate(String inputFile, Article article, String raw) {
    if (article.text().isBlank()) {
      return ParsedRecord.rejected(RejectReason.EMPTY_TEXT.reject(article.id(), inputFile,
          "text is empty or white space only", raw));
    }
    if (article.text().length() > maxArticleChars) {
      return ParsedRecord.rejected(RejectReason.TOO_LARGE.reject(article.id(), inputFile,
          "text has " + article.text().length() + " chars, more than input.max-article-chars="
              + maxArticleChars, raw));
    }
    return ParsedRecord.of(article);
  }

  /**
   * Decoded text, or the reject of a record that has none.
   *
   * @param text the text, or null when rejected
   * @param reject why there is no text, or null
   */
  public record Decoded(String text, Reject reject) {

    static Decoded of(String text) {
      return new Decoded(text, null);
    }

    static Decoded rejected(Reject reject) {
      return new Decoded(null, reject);
    }

    public boolean isRejected() {
      return reject != null;
    }
  }
}

package io.saidwho.io;

/**
 * An input record that did not become an article, and why. Becomes one row of {@code rejects}.
 *
 * @param articleId the record's id when known, else null
 * @param inputFile the file it came from
 * @param stage read | parse | validate | process
 * @param reason a stable code, see {@link RejectReason}
 * @param message a human-readable explanation
 * @param rawExcerpt the first 1000 chars of the raw record, or null (binary input)
 */
public record Reject(
    String articleId,
    String inputFile,
    String stage,
    String reason,
    String message,
    String rawExcerpt) {

  public static final int EXCERPT_CHARS = 1000;

  /** The first {@link #EXCERPT_CHARS} chars of {@code raw}, or null. */
  public static String excerpt(String raw) {
    if (raw == null) {
      return null;
    }
    return raw.length() <= EXCERPT_CHARS ? raw : raw.substring(0, EXCERPT_CHARS);
  }
}

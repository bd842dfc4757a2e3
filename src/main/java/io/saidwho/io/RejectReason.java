package io.saidwho.io;

/** The reason codes of {@code rejects.reason}, with the stage that finds each. */
public enum RejectReason {
  /** A listed file was gone (deleted, moved) when it was to be read. */
  FILE_NOT_FOUND("read", "file_not_found"),
  /** Reading a file failed part way (I/O error, corrupt gzip or WARC); what came before is kept. */
  READ_ERROR("read", "read_error"),
  /** The bytes are not valid UTF-8. */
  NOT_UTF8("read", "not_utf8"),
  /** The bytes look binary: NUL bytes or mostly control characters. */
  BINARY("read", "binary"),
  /** A JSON Lines line is not one JSON object. */
  MALFORMED_JSON("parse", "malformed_json"),
  /** A JSON record has no usable {@code id}. */
  MISSING_ID("parse", "missing_id"),
  /** A JSON record has no {@code text} string. */
  MISSING_TEXT("parse", "missing_text"),
  /** A WARC response whose payload is not HTML (or no HTTP response at all). */
  NOT_HTML("parse", "not_html"),
  /** A WARC response with an HTTP status other than 200. */
  HTTP_STATUS("parse", "http_status"),
  /** An HTML page in which no article text was found (an index page, a video, a login wall). */
  NO_ARTICLE_TEXT("parse", "no_article_text"),
  /** The HTML extractor failed on a page (a bug or a pathological page, kept as data). */
  EXTRACT_FAILED("parse", "extract_failed"),
  /** The text is empty or only white space. */
  EMPTY_TEXT("validate", "empty_text"),
  /** The text is longer than {@code input.max-article-chars}. */
  TOO_LARGE("validate", "too_large"),
  /** An article id already given to an earlier record of the batch (input order). */
  DUPLICATE_ID("validate", "duplicate_id"),
  /** The core failed on this article (a bug, kept as data so one article cannot stop a run). */
  PROCESS_FAILED("process", "process_failed");

  private final String stage;
  private final String code;

  RejectReason(String stage, String code) {
    this.stage = stage;
    this.code = code;
  }

  public String stage() {
    return stage;
  }

  public String code() {
    return code;
  }

  /** A reject of this reason. */
  public Reject reject(String articleId, String inputFile, String message, String raw) {
    return new Reject(articleId, inputFile, stage, code, message, Reject.excerpt(raw));
  }
}

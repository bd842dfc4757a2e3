package io.saidwho.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saidwho.config.InputFormat;
import io.saidwho.core.text.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Turns one raw input record (the bytes of a {@code .txt} file, or of one JSON Lines line) into an
 * {@link Article} or a {@link Reject}.
 *
 * <p>Checks, in order: binary content ({@code binary}), strict UTF-8 ({@code not_utf8}), JSON
 * ({@code malformed_json}, {@code missing_id}, {@code missing_text}; JSONL only), empty text
 * ({@code empty_text}) and length ({@code too_large}, checked before any NLP). A {@code .txt}
 * article's id is its file name and its title the first non-blank line; its text is the whole
 * file. A JSONL record needs {@code id} and {@code text}, and may have {@code title}, {@code url},
 * {@code source} and {@code published_at}; other fields are ignored. Thread-safe.
 */
public final class RecordParser {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final int maxArticleChars;

  public RecordParser(int maxArticleChars) {
    this.maxArticleChars = maxArticleChars;
  }

  public ParsedRecord parse(String inputFile, InputFormat format, byte[] bytes) {
    String fallbackId = format == InputFormat.TXT ? fileName(inputFile) : null;
    if (StrictUtf8.looksBinary(bytes)) {
      return ParsedRecord.rejected(RejectReason.BINARY.reject(fallbackId, inputFile,
          "binary content (NUL or control bytes), " + bytes.length + " bytes", null));
    }
    int bad = StrictUtf8.firstError(bytes);
    if (bad >= 0) {
      String raw = StrictUtf8.decodeLeniently(bytes, 4 * Reject.EXCERPT_CHARS);
      return ParsedRecord.rejected(RejectReason.NOT_UTF8.reject(fallbackId, inputFile,
          "invalid UTF-8 at byte " + bad, raw));
    }
    String raw = new String(bytes, StandardCharsets.UTF_8);
    ParsedRecord parsed = format == InputFormat.TXT
        ? ParsedRecord.of(new Article(fallbackId, firstLine(raw), raw, null, null, null))
        : parseJson(inputFile, raw);
    return parsed.isRejected() ? parsed : validate(inputFile, parsed.article(), raw);
  }

  private ParsedRecord validate(String inputFile, Article article, String raw) {
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

  private static ParsedRecord parseJson(String inputFile, String raw) {
    JsonNode node;
    try {
      node = MAPPER.readTree(raw);
    } catch (JsonProcessingException e) {
      return malformed(inputFile, raw, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return malformed(inputFile, raw, "a line must hold one JSON object");
    }
    String id = scalar(node, "id");
    if (id == null || id.isBlank()) {
      return ParsedRecord.rejected(
          RejectReason.MISSING_ID.reject(null, inputFile, "no \"id\" field", raw));
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return ParsedRecord.rejected(RejectReason.MISSING_TEXT.reject(id, inputFile,
          "no \"text\" string field", raw));
    }
    return ParsedRecord.of(new Article(id, scalar(node, "title"), text.asText(),
        scalar(node, "source"), scalar(node, "url"), scalar(node, "published_at")));
  }

  private static ParsedRecord malformed(String inputFile, String raw, String why) {
    return ParsedRecord.rejected(
        RejectReason.MALFORMED_JSON.reject(null, inputFile, "malformed JSON: " + why, raw));
  }

  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  private static String firstLine(String text) {
    return text.lines()
        .map(line -> line.replace("\uFEFF", "").strip())
        .filter(line -> !line.isEmpty())
        .findFirst()
        .orElse(null);
  }

  /** The last segment of a path or URI, URI escapes decoded. */
  public static String fileName(String path) {
    String decoded = path;
    try {
      String uriPath = new URI(path).getPath();
      decoded = uriPath == null ? path : uriPath;
    } catch (URISyntaxException e) {
      // a plain path, not a URI
    }
    int slash = decoded.lastIndexOf('/');
    return slash < 0 ? decoded : decoded.substring(slash + 1);
  }
}

package io.saidwho.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saidwho.core.text.TextSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a gold JSONL file: one object per line with at least {@code doc}, {@code start}, {@code
 * end}; optional {@code text}, {@code kind}, {@code speaker} (sample-data's format), and {@code
 * speaker_mention} (or {@code mention}) with {@code source_start}, {@code source_end} (the source
 * mention's offsets, as in a mention-only set). Blank lines are skipped. A bad line fails with
 * {@link EvaluationInputException} naming the file and line.
 */
public final class GoldReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  public static List<GoldQuote> read(Path file) {
    List<GoldQuote> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          rows.add(parse(line, file + ":" + number));
        }
      }
    } catch (IOException e) {
      throw new EvaluationInputException("Cannot read gold file " + file + ": " + e.getMessage());
    }
    return rows;
  }

  static GoldQuote parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new EvaluationInputException(where + ": not valid JSON: " + e.getOriginalMessage());
    }
    String doc = requiredText(node, "doc", where);
    int start = requiredInt(node, "start", where);
    int end = requiredInt(node, "end", where);
    if (start < 0 || end < start) {
      throw new EvaluationInputException(where + ": bad offsets start=" + start + ", end=" + end);
    }
    String mention = optionalText(node, node.has("speaker_mention") ? "speaker_mention" : "mention");
    return new GoldQuote(
        doc,
        new TextSpan(start, end),
        optionalText(node, "text"),
        optionalKind(node, where),
        optionalText(node, "speaker"),
        node.has("speaker"),
        mention,
        source(node, where));
  }

  private static String optionalKind(JsonNode node, String where) {
    if (node.get("kind") == null || node.get("kind").isNull()) {
      return null;
    }
    String kind = requiredText(node, "kind", where);
    if (!Evaluator.KINDS.contains(kind)) {
      throw new EvaluationInputException(
          where + ": unknown kind \"" + kind + "\" (expected one of " + Evaluator.KINDS + ")");
    }
    return kind;
  }

  /** The source mention's span, or null when the row has no (or a null) {@code source_start}. */
  private static TextSpan source(JsonNode node, String where) {
    JsonNode start = node.get("source_start");
    if (start == null || start.isNull()) {
      return null;
    }
    int begin = requiredInt(node, "source_start", where);
    int end = requiredInt(node, "source_end", where);
    if (begin < 0 || end < begin) {
      throw new EvaluationInputException(
          where + ": bad source offsets source_start=" + begin + ", source_end=" + end);
    }
    return new TextSpan(begin, end);
  }

  private static String requiredText(JsonNode node, String key, String where) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new EvaluationInputException(where + ": missing or non-text \"" + key + "\"");
    }
    return value.asText();
  }

  private static int requiredInt(JsonNode node, String key, String where) {
    JsonNode value = node.get(key);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new EvaluationInputException(where + ": missing or non-integer \"" + key + "\"");
    }
    return value.asInt();
  }

  private static String optionalText(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }
}

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
 * end}, {@code kind}; {@code text} and {@code speaker} optional. Blank lines are skipped. A bad
 * line fails with {@link EvaluationInputException} naming the file and line.
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
    return new GoldQuote(
        doc,
        new TextSpan(start, end),
        optionalText(node, "text"),
        requiredText(node, "kind", where),
        optionalText(node, "speaker"));
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

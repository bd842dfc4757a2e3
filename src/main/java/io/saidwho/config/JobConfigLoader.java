package io.saidwho.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a {@link JobConfig} from a JSON file plus {@code key=value} overrides, and checks it.
 *
 * <p>The file is UTF-8, with or without a byte order mark. The JSON is read with Jackson (duplicate keys and trailing content are errors), flattened to
 * dotted keys, then overridden. Every key must be a {@link ConfigKey}: unknown keys fail, naming
 * the key. All problems (unknown keys, missing required keys, bad values) are collected and thrown
 * together in one {@link ConfigException}, so the user sees everything to fix in one run. Runs on
 * the driver, before any Spark work; touches no input or output path.
 */
public final class JobConfigLoader {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JobConfigLoader() {}

  /** Reads {@code file}, applies {@code overrides} (dotted keys), checks every key. */
  public static JobConfig load(Path file, Map<String, String> overrides) throws ConfigException {
    String json;
    try {
      json = stripBom(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(
          file.toString(), List.of("conf file " + file + " cannot be read: " + e.getMessage()));
    }
    return parse(json, overrides, file.toString());
  }

  /** As {@link #load}, from JSON text; {@code origin} names the source in messages. */
  public static JobConfig parse(String json, Map<String, String> overrides, String origin)
      throws ConfigException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          origin, List.of("conf file is not valid JSON: " + e.getOriginalMessage()));
    }
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    if (root == null || !root.isObject()) {
      problems.add("conf file must hold a JSON object");
    } else {
      flatten("", root, values);
    }
    overrides.forEach((key, value) -> values.put(key, TextNode.valueOf(value)));
    for (String key : values.keySet()) {
      if (ConfigKey.fromKey(key) == null) {
        problems.add(key + ": unknown key (known keys: " + knownKeys() + ")");
      }
    }
    ConfigValues checked = new ConfigValues(values, problems);
    JobConfig config = checked.toJobConfig();
    if (!problems.isEmpty()) {
      throw new ConfigException(origin, problems);
    }
    return config;
  }

  /** A UTF-8 byte order mark, as some Windows editors write, is not part of the JSON. */
  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject() && !node.isEmpty()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(),
            out);
      }
    } else if (!prefix.isEmpty()) {
      out.put(prefix, node);
    }
  }

  private static String knownKeys() {
    List<String> keys = new ArrayList<>();
    for (ConfigKey key : ConfigKey.values()) {
      keys.add(key.key());
    }
    return String.join(", ", keys);
  }
}

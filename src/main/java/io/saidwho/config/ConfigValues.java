package io.saidwho.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Typed reads of flattened config values for {@link JobConfigLoader}. Each read checks one key
 * and, when the value is bad, adds a problem naming the key and returns a placeholder, so that
 * every bad key is reported in the same run.
 */
final class ConfigValues {

  private final Map<String, JsonNode> values;
  private final List<String> problems;

  ConfigValues(Map<String, JsonNode> values, List<String> problems) {
    this.values = values;
    this.problems = problems;
  }

  JobConfig toJobConfig() {
    List<String> inputPaths = readList(ConfigKey.INPUT_PATH);
    String format = readFormat();
    int maxChars = readPositiveInt(ConfigKey.INPUT_MAX_ARTICLE_CHARS,
        JobConfig.DEFAULT_MAX_ARTICLE_CHARS);
    String output = readString(ConfigKey.OUTPUT_PATH, null);
    OutputFormat outputFormat = readOutputFormat();
    int files = readPositiveInt(ConfigKey.OUTPUT_FILES_PER_PARTITION, 0);
    LocalDate batchDate = readDate(ConfigKey.RUN_BATCH_DATE);
    double ratio = readRatio(ConfigKey.REJECTS_MAX_RATIO);
    List<String> sieves = readList(ConfigKey.ATTRIBUTION_SIEVES);
    String master = readMaster();
    String appName = readString(ConfigKey.SPARK_APP_NAME, JobConfig.DEFAULT_APP_NAME);
    Map<String, String> settings = new TreeMap<>();
    settings.put(ConfigKey.INPUT_PATH.key(), String.join(",", inputPaths));
    settings.put(ConfigKey.INPUT_FORMAT.key(), format == null ? "auto" : format);
    settings.put(ConfigKey.INPUT_MAX_ARTICLE_CHARS.key(), Integer.toString(maxChars));
    settings.put(ConfigKey.OUTPUT_PATH.key(), String.valueOf(output));
    settings.put(ConfigKey.OUTPUT_FORMAT.key(), outputFormat.label());
    settings.put(ConfigKey.OUTPUT_FILES_PER_PARTITION.key(), files == 0 ? "none" : "" + files);
    settings.put(ConfigKey.RUN_BATCH_DATE.key(), batchDate.toString());
    settings.put(ConfigKey.REJECTS_MAX_RATIO.key(), Double.toString(ratio));
    settings.put(ConfigKey.ATTRIBUTION_SIEVES.key(),
        sieves.isEmpty() ? "default" : String.join(",", sieves));
    settings.put(ConfigKey.SPARK_MASTER.key(), master);
    settings.put(ConfigKey.SPARK_APP_NAME.key(), appName);
    return new JobConfig(inputPaths, format, maxChars, output, outputFormat,
        files == 0 ? null : files,
        batchDate, ratio, sieves.isEmpty() ? null : sieves, master, appName, settings);
  }

  private String readString(ConfigKey key, String fallback) {
    JsonNode node = values.get(key.key());
    if (node == null || node.isNull()) {
      if (key.isRequired()) {
        problems.add(key.key() + ": required, missing");
      }
      return fallback;
    }
    if (!node.isValueNode() || node.asText().isBlank()) {
      problems.add(key.key() + ": must be a non-empty string, got " + node);
      return fallback;
    }
    return node.asText().trim();
  }

  private List<String> readList(ConfigKey key) {
    JsonNode node = values.get(key.key());
    List<String> items = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        addItem(key, i, node.get(i), items);
      }
      if (node.isEmpty()) {
        problems.add(key.key() + ": must list at least one value, got an empty list"
            + (key.isRequired() ? "" : " (leave the key out for the default)"));
      }
    } else if (readString(key, null) != null) {
      String[] parts = node.asText().split(",", -1);
      for (int i = 0; i < parts.length; i++) {
        addItem(key, i, TextNode.valueOf(parts[i]), items);
      }
    }
    return items;
  }

  private void addItem(ConfigKey key, int index, JsonNode item, List<String> items) {
    if (item.isNull()) {
      problems.add(key.key() + ": item " + (index + 1) + " is null; list items must be non-empty"
          + " strings");
    } else if (!item.isValueNode() || item.asText().isBlank()) {
      problems.add(key.key() + ": item " + (index + 1) + " must be a non-empty string, got "
          + item);
    } else {
      items.add(item.asText().trim());
    }
  }

  private String readFormat() {
    String label = readString(ConfigKey.INPUT_FORMAT, null);
    if (label == null || JobConfig.INPUT_FORMATS.contains(label)) {
      return label;
    }
    problems.add(ConfigKey.INPUT_FORMAT.key() + ": must be one of "
        + String.join(", ", JobConfig.INPUT_FORMATS) + ", got '" + label + "'");
    return null;
  }

  /** A positive int, also written as {@code 1e6} or {@code 1000000.0} (integral values only). */
  private int readPositiveInt(ConfigKey key, int fallback) {
    String text = readString(key, null);
    if (text == null) {
      return fallback;
    }
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 0
          && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
        return value.intValueExact();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    problems.add(key.key() + ": must be a positive integer (at most " + Integer.MAX_VALUE
        + "), got '" + text + "'");
    return fallback;
  }

  private OutputFormat readOutputFormat() {
    String label = readString(ConfigKey.OUTPUT_FORMAT, OutputFormat.PARQUET.label());
    OutputFormat format = OutputFormat.fromLabel(label);
    if (format == null) {
      problems.add(ConfigKey.OUTPUT_FORMAT.key() + ": must be parquet or delta, got '" + label
          + "'");
      return OutputFormat.PARQUET;
    }
    return format;
  }

  private String readMaster() {
    String master = readString(ConfigKey.SPARK_MASTER, JobConfig.DEFAULT_SPARK_MASTER);
    if (!SparkMasters.isValid(master)) {
      problems.add(ConfigKey.SPARK_MASTER.key() + ": not a Spark master URL: '" + master
          + "' (local, local[N], local[*], local[N,F], spark://host:port, yarn,"
          + " k8s://https://host:port)");
    }
    return master;
  }

  private LocalDate readDate(ConfigKey key) {
    String text = readString(key, null);
    if (text != null) {
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        problems.add(key.key() + ": must be a date YYYY-MM-DD, got '" + text + "'");
      }
    }
    return LocalDate.now(ZoneOffset.UTC);
  }

  private double readRatio(ConfigKey key) {
    String text = readString(key, null);
    if (text == null) {
      return JobConfig.DEFAULT_REJECTS_MAX_RATIO;
    }
    try {
      double value = Double.parseDouble(text);
      if (value >= 0.0 && value <= 1.0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(key.key() + ": must be a number in [0, 1], got '" + text + "'");
    return JobConfig.DEFAULT_REJECTS_MAX_RATIO;
  }
}

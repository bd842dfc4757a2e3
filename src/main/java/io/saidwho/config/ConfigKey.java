package io.saidwho.config;

/**
 * Every configuration key, with its default and meaning. JSON objects in the config file map to
 * dotted keys ({@code {"input": {"path": ...}}} is {@code input.path}); {@code --set key=value}
 * overrides use the dotted form. Any other key is an error.
 */
public enum ConfigKey {
  /** Required. A directory or file; several comma-separated (or a JSON array). */
  INPUT_PATH("input.path", null, "Input directory or file; several comma-separated"),
  /** {@code txt}, {@code jsonl}, {@code html} or {@code warc}; by default per file extension. */
  INPUT_FORMAT("input.format", "by extension",
      "txt | jsonl | html | warc; default: from each file's extension"),
  /** Longer articles are rejected with reason {@code too_large}, before any NLP. */
  INPUT_MAX_ARTICLE_CHARS(
      "input.max-article-chars", "2000000", "Longer articles are rejected as too_large"),
  /** Required. Root of the five tables and of {@code _manifests/}. */
  OUTPUT_PATH("output.path", null, "Root directory of the tables and _manifests/"),
  /** {@code parquet} (staged, published by renames) or {@code delta} (Delta Lake tables). */
  OUTPUT_FORMAT("output.format", "parquet", "parquet | delta: how the tables are stored"),
  /** Optional coalesce hint: at most this many files per table and batch date. */
  OUTPUT_FILES_PER_PARTITION(
      "output.files-per-partition", "none", "Coalesce each table to at most this many files"),
  /** The {@code batch_date} partition written to every table; a rerun replaces it. */
  RUN_BATCH_DATE("run.batch-date", "today (UTC)", "YYYY-MM-DD partition value of every table"),
  /** The run fails (exit 3) when rejects / inputs exceeds this ratio. */
  REJECTS_MAX_RATIO("rejects.max-ratio", "0.5", "Fail (exit 3) above this rejects/inputs ratio"),
  /** Optional list of attribution sieve names, in order; default: the core's order. */
  ATTRIBUTION_SIEVES("attribution.sieves", "core default", "Attribution sieve names, in order"),
  /** Used only when the session has no master yet (local runs). */
  SPARK_MASTER("spark.master", "local[*]", "Master for a new session (ignored under spark-submit)"),
  /** Application name of a new session. */
  SPARK_APP_NAME("spark.app-name", "saidwho", "Spark application name");

  private final String key;
  private final String defaultValue;
  private final String meaning;

  ConfigKey(String key, String defaultValue, String meaning) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.meaning = meaning;
  }

  public String key() {
    return key;
  }

  /** The default, as documented; null for a required key. */
  public String defaultValue() {
    return defaultValue;
  }

  public String meaning() {
    return meaning;
  }

  public boolean isRequired() {
    return defaultValue == null;
  }

  /** The key spelled {@code name}, or null when there is none. */
  public static ConfigKey fromKey(String name) {
    for (ConfigKey candidate : values()) {
      if (candidate.key.equals(name)) {
        return candidate;
      }
    }
    return null;
  }
}

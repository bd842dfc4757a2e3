package io.saidwho.config;

/**
 * How the tables are stored ({@code output.format}): plain partitioned Parquet, published by
 * folder renames, or Delta Lake tables, one transaction per table per run.
 */
public enum OutputFormat {
  PARQUET("parquet"),
  DELTA("delta");

  private final String label;

  OutputFormat(String label) {
    this.label = label;
  }

  /** The value used in the config file and the manifest. */
  public String label() {
    return label;
  }

  /** The format a config value names, or null when it names none. */
  public static OutputFormat fromLabel(String label) {
    for (OutputFormat format : values()) {
      if (format.label.equals(label)) {
        return format;
      }
    }
    return null;
  }
}

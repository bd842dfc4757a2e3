package io.saidwho.config;

import java.util.Locale;

/** How an input file is read: one article per {@code .txt} file, or one per JSON Lines line. */
public enum InputFormat {
  TXT("txt", ".txt"),
  JSONL("jsonl", ".jsonl", ".json");

  private final String label;
  private final String[] extensions;

  InputFormat(String label, String... extensions) {
    this.label = label;
    this.extensions = extensions;
  }

  /** The value used in the config file and in the {@code rejects.input_file} context. */
  public String label() {
    return label;
  }

  /** True when a file of this name is of this format by its extension. */
  public boolean matches(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String extension : extensions) {
      if (lower.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  /** The format a file's extension names, or null when it names none. */
  public static InputFormat ofFileName(String fileName) {
    for (InputFormat format : values()) {
      if (format.matches(fileName)) {
        return format;
      }
    }
    return null;
  }

  /** The format of a config value, or null when the value names none. */
  public static InputFormat fromLabel(String label) {
    for (InputFormat format : values()) {
      if (format.label.equals(label)) {
        return format;
      }
    }
    return null;
  }
}

package io.saidwho.config;

import java.util.List;

/**
 * The configuration cannot be used. Carries every problem found at once, each naming its key (or
 * the file), so that one run shows the user everything to fix.
 */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigException(String origin, List<String> problems) {
    super(format(origin, problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, each starting with the key it is about. */
  public List<String> problems() {
    return problems;
  }

  private static String format(String origin, List<String> problems) {
    StringBuilder message = new StringBuilder("Invalid configuration (" + origin + "):");
    for (String problem : problems) {
      message.append(System.lineSeparator()).append("  - ").append(problem);
    }
    return message.toString();
  }
}

package io.saidwho.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code --key value} command-line options of the bench tools, checked against the keys a tool
 * accepts. Unknown keys, missing values and malformed numbers throw {@link
 * IllegalArgumentException} naming the option.
 */
final class CliArgs {

  private final Map<String, String> values = new HashMap<>();

  CliArgs(String[] args, Set<String> accepted) {
    for (int i = 0; i < args.length; i += 2) {
      String key = args[i];
      if (!key.startsWith("--") || !accepted.contains(key.substring(2))) {
        throw new IllegalArgumentException("Unknown option " + key + "; accepted: " + accepted);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Option " + key + " needs a value");
      }
      values.put(key.substring(2), args[i + 1]);
    }
  }

  String string(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  String required(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("Option --" + key + " is required");
    }
    return value;
  }

  long number(String key, long fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Option --" + key + " is not a number: " + value, e);
    }
  }
}

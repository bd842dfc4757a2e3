package io.saidwho.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line of {@link SaidWhoJob}: {@code --conf <file.json>} (required) and repeatable
 * {@code --set key=value} overrides with dotted keys; {@code --help} alone asks for the usage.
 *
 * @param confFile the JSON config file
 * @param overrides dotted key to value, in the order given (a later one wins)
 */
public record JobArgs(Path confFile, Map<String, String> overrides) {

  public static final String USAGE =
      "usage: SaidWhoJob --conf <file.json> [--set key=value]...\n"
          + "       SaidWhoJob --help\n"
          + "  e.g. --conf conf/local.json --set output.path=/tmp/out --set run.batch-date=2026-11-23\n"
          + "exit codes: 0 ok; 2 usage, config or unusable path (also: the batch date is locked by"
          + " another run); 3 reject ratio exceeded; 1 any other failure";

  /** Whether the arguments ask for the usage ({@code --help} or {@code -h} anywhere). */
  public static boolean isHelp(String[] args) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** Parses {@code args}; throws {@link IllegalArgumentException} with the problem otherwise. */
  public static JobArgs parse(String[] args) {
    Path conf = null;
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.equals("--conf") && !arg.equals("--set")) {
        throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      String value = args[++i];
      if (arg.equals("--conf")) {
        conf = Path.of(value);
      } else {
        putOverride(value, overrides);
      }
    }
    if (conf == null) {
      throw new IllegalArgumentException("--conf <file.json> is required");
    }
    return new JobArgs(conf, overrides);
  }

  private static void putOverride(String setting, Map<String, String> overrides) {
    int eq = setting.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--set needs key=value, got '" + setting + "'");
    }
    overrides.put(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
  }
}

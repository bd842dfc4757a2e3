package io.saidwho.config;

import java.util.regex.Pattern;

/**
 * The master URLs Spark itself accepts for a new session, checked on the driver before a session
 * starts so that a typo exits with code 2 and a message instead of a Spark stack trace: {@code
 * local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]}, {@code local[*,F]}, {@code
 * local-cluster[N,C,M]}, {@code spark://host:port[,host:port...]}, {@code yarn}, {@code
 * k8s://...}. Stateless.
 */
final class SparkMasters {

  private static final Pattern VALID = Pattern.compile(
      "local"
          + "|local\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?]"
          + "|local-cluster\\[[1-9][0-9]*,[1-9][0-9]*,[1-9][0-9]*]"
          + "|spark://[^\\s/:,]+:[0-9]+(,[^\\s/:,]+:[0-9]+)*"
          + "|yarn"
          + "|k8s://\\S+");

  private SparkMasters() {}

  static boolean isValid(String master) {
    return VALID.matcher(master).matches();
  }
}

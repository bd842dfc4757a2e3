package io.saidwho.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The settings the job gives a Spark session it creates itself (not one it is handed), unless
 * spark-submit or the JVM's {@code spark.*} properties already set them: Spark's cache of
 * compiled generated classes ({@code spark.sql.codegen.cache.maxEntries}, static, so only at
 * session start) holds {@link #CODEGEN_CACHE_ENTRIES} instead of Spark's 100. One run generates
 * and compiles about 230 classes, so with 100 entries a least-recently-used cache evicts each
 * class before it comes round again, and every later run in the same session (a scheduler or
 * notebook driver running batch after batch, the bench after its warm-up) compiled all of them
 * again with Janino, and the JIT compiled Janino. With room for them, a second run of the same
 * shape compiles about a dozen. The classes live in metaspace, a few tens of KB each.
 */
public final class SessionSettings {

  static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";
  static final int CODEGEN_CACHE_ENTRIES = 1000;

  private SessionSettings() {}

  /** Adds the job's session settings that {@code submitted} does not set to {@code builder}. */
  public static SparkSession.Builder applyTo(SparkConf submitted, SparkSession.Builder builder) {
    missingFrom(submitted).forEach(builder::config);
    return builder;
  }

  /** The job's session settings that {@code submitted} does not set. */
  static Map<String, String> missingFrom(SparkConf submitted) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!submitted.contains(CODEGEN_CACHE)) {
      out.put(CODEGEN_CACHE, String.valueOf(CODEGEN_CACHE_ENTRIES));
    }
    return out;
  }
}

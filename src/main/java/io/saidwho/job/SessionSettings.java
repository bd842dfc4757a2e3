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
 *
 * <p>Spark's memory pages ({@code spark.buffer.pageSize}, static) are {@link #PAGE_SIZE}. Spark's
 * default is the execution memory over the cores over 16, rounded up to a power of two and at most
 * 64 MiB: 64 MiB under {@code -Xmx4g} on two cores, and every hash aggregate, hash join map and
 * sorter of every task takes at least one page, however few rows it holds. A 100-article batch
 * allocated about 1 GiB of such pages for a few thousand rows, and the collector copied the live
 * ones between its spaces (a third of a second per young collection). Pages of 2 MiB cut that
 * batch's collector CPU from about 3 s to 1 s; a bigger task simply takes more pages (a record
 * larger than a page gets a page of its own size), and a task's 8,192 page slots still address
 * 16 GiB. Spark builds a broadcast join's hash map on the driver under a memory manager of its
 * own, configured by a new {@code SparkConf} (the JVM's system properties), not by the session,
 * with 64 MiB pages; a JVM that runs nothing but the job ({@link #applyToOwnJvm}) therefore gets
 * the page size as a system property as well.
 */
public final class SessionSettings {

  static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";
  static final int CODEGEN_CACHE_ENTRIES = 1000;
  static final String PAGE_SIZE_KEY = "spark.buffer.pageSize";
  static final String PAGE_SIZE = "2m";

  private SessionSettings() {}

  /** Adds the job's session settings that {@code submitted} does not set to {@code builder}. */
  public static SparkSession.Builder applyTo(SparkConf submitted, SparkSession.Builder builder) {
    missingFrom(submitted).forEach(builder::config);
    return builder;
  }

  /**
   * As {@link #applyTo}, for a JVM that runs only the job (its {@code main}, the bench): unless
   * {@code submitted} sets a page size, the JVM's {@code spark.buffer.pageSize} system property is
   * set too, so that the memory managers Spark creates outside the session (a broadcast join's
   * hash map) use the same pages. {@code submitted} is read before the property is set.
   */
  public static SparkSession.Builder applyToOwnJvm(SparkConf submitted,
      SparkSession.Builder builder) {
    if (!submitted.contains(PAGE_SIZE_KEY)) {
      System.setProperty(PAGE_SIZE_KEY, PAGE_SIZE);
    }
    return applyTo(submitted, builder);
  }

  /** The job's session settings that {@code submitted} does not set. */
  static Map<String, String> missingFrom(SparkConf submitted) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!submitted.contains(CODEGEN_CACHE)) {
      out.put(CODEGEN_CACHE, String.valueOf(CODEGEN_CACHE_ENTRIES));
    }
    if (!submitted.contains(PAGE_SIZE_KEY)) {
      out.put(PAGE_SIZE_KEY, PAGE_SIZE);
    }
    return out;
  }
}

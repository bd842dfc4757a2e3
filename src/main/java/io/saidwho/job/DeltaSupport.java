package io.saidwho.job;

import io.saidwho.config.ConfigException;
import io.saidwho.config.JobConfig;
import io.saidwho.config.OutputFormat;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * What {@code output.format=delta} needs from the session: Delta Lake on the class path (the job
 * jar leaves it out: {@code spark-submit --packages io.delta:delta-spark_2.13:4.4.0}, or a
 * cluster that ships it) and Delta's SQL extension and catalog, which a new session gets here
 * unless spark-submit already set them. Checked on the driver before Spark starts. Refers to
 * Delta by class name only, so nothing else in the job depends on it.
 */
final class DeltaSupport {

  static final String PACKAGE = "io.delta:delta-spark_2.13:4.4.0";
  static final String EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
  static final String CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";

  private DeltaSupport() {}

  /** Fails naming {@code output.format} when it is delta and Delta is not on the class path. */
  static void check(JobConfig config, String origin) throws ConfigException {
    if (config.outputFormat() != OutputFormat.DELTA) {
      return;
    }
    try {
      Class.forName(EXTENSION, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ConfigException(origin, List.of("output.format: delta needs Delta Lake on the"
          + " class path, e.g. spark-submit --packages " + PACKAGE + " (not in the job jar)"));
    }
  }

  /** Adds Delta's extension and catalog to a new session's builder, keeping submitted ones. */
  static void configure(JobConfig config, SparkConf submitted, SparkSession.Builder builder) {
    if (config.outputFormat() != OutputFormat.DELTA) {
      return;
    }
    String extensions = submitted.get("spark.sql.extensions", "");
    if (!extensions.contains(EXTENSION)) {
      builder.config("spark.sql.extensions",
          extensions.isBlank() ? EXTENSION : extensions + "," + EXTENSION);
    }
    if (!submitted.contains("spark.sql.catalog.spark_catalog")) {
      builder.config("spark.sql.catalog.spark_catalog", CATALOG);
    }
  }
}

package io.saidwho.it;

import io.saidwho.job.SessionSettings;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The local[2] session an integration test class shares: UTC, no UI, few shuffle partitions, and
 * the settings the job gives a session it creates ({@link SessionSettings}).
 */
public final class LocalSpark {

  private LocalSpark() {}

  public static SparkSession start(String appName) {
    return builder(appName).getOrCreate();
  }

  /**
   * As {@link #start}, with Delta Lake's SQL extension and catalog (output.format=delta), and
   * table snapshots in the two task slots (Delta's default of 50 partitions made every read of
   * a small table 50 tasks).
   */
  public static SparkSession startWithDelta(String appName) {
    return builder(appName)
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog",
            "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.databricks.delta.snapshotPartitions", "2")
        .getOrCreate();
  }

  private static SparkSession.Builder builder(String appName) {
    return SessionSettings.applyTo(new SparkConf(false), SparkSession.builder())
        .master("local[2]")
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1");
  }
}

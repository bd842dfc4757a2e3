package io.saidwho.it;

import org.apache.spark.sql.SparkSession;

/** The local[2] session an integration test class shares: UTC, no UI, few shuffle partitions. */
public final class LocalSpark {

  private LocalSpark() {}

  public static SparkSession start(String appName) {
    return builder(appName).getOrCreate();
  }

  /** As {@link #start}, with Delta Lake's SQL extension and catalog (output.format=delta). */
  public static SparkSession startWithDelta(String appName) {
    return builder(appName)
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog",
            "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .getOrCreate();
  }

  private static SparkSession.Builder builder(String appName) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1");
  }
}

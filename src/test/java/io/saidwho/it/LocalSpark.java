package io.saidwho.it;

import org.apache.spark.sql.SparkSession;

/** The local[2] session an integration test class shares: UTC, no UI, few shuffle partitions. */
public final class LocalSpark {

  private LocalSpark() {}

  public static SparkSession start(String appName) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}

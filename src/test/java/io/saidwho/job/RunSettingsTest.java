package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A run's session settings hold while it runs and are given back as they were when it ends. */
class RunSettingsTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("RunSettingsTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void settingsHoldDuringTheRunAndAreGivenBackAfterIt() {
    spark.conf().set(RunSettings.SHUFFLE_PARTITIONS, "7");
    spark.conf().unset(RunSettings.CACHE_BATCH_ROWS);
    spark.conf().set(RunSettings.ADAPTIVE, "true");

    try (RunSettings settings = RunSettings.apply(spark, 0)) {
      settings.cacheBatchRows(32);
      assertThat(spark.conf().get(RunSettings.SHUFFLE_PARTITIONS))
          .as("a tiny batch shuffles into the task slots").isEqualTo("2");
      assertThat(spark.conf().get(RunSettings.ADAPTIVE))
          .as("a tiny batch runs without adaptive execution").isEqualTo("false");
      assertThat(spark.conf().get(RunSettings.CACHE_BATCH_ROWS)).isEqualTo("32");
      settings.cacheBatchRows(1024);
      assertThat(spark.conf().get(RunSettings.CACHE_BATCH_ROWS)).isEqualTo("1024");
    }

    assertThat(spark.conf().get(RunSettings.SHUFFLE_PARTITIONS)).isEqualTo("7");
    assertThat(spark.conf().get(RunSettings.ADAPTIVE)).isEqualTo("true");
    assertThat(spark.conf().contains(RunSettings.CACHE_BATCH_ROWS))
        .as("a setting that was unset is unset again").isFalse();
  }

  @Test
  void aLargeBatchLeavesAdaptiveExecutionAsTheSessionHasIt() {
    spark.conf().set(RunSettings.ADAPTIVE, "true");

    try (RunSettings settings = RunSettings.apply(spark, AdaptiveExecution.MIN_INPUT_BYTES)) {
      assertThat(spark.conf().get(RunSettings.ADAPTIVE)).isEqualTo("true");
    }
    spark.conf().set(RunSettings.ADAPTIVE, "false");
    try (RunSettings settings = RunSettings.apply(spark, AdaptiveExecution.MIN_INPUT_BYTES)) {
      assertThat(spark.conf().get(RunSettings.ADAPTIVE))
          .as("never turned on when the session has it off").isEqualTo("false");
    }
  }

  @Test
  void deltaSnapshotsTakeNoMorePartitionsThanTaskSlotsUnlessTheSessionSetsThem() {
    spark.conf().unset(RunSettings.DELTA_SNAPSHOT_PARTITIONS);

    try (RunSettings settings = RunSettings.apply(spark, 0)) {
      settings.deltaSnapshotPartitions(2);
      assertThat(spark.conf().get(RunSettings.DELTA_SNAPSHOT_PARTITIONS)).isEqualTo("2");
    }
    assertThat(spark.conf().contains(RunSettings.DELTA_SNAPSHOT_PARTITIONS)).isFalse();
    try (RunSettings settings = RunSettings.apply(spark, 0)) {
      settings.deltaSnapshotPartitions(400);
      assertThat(spark.conf().get(RunSettings.DELTA_SNAPSHOT_PARTITIONS))
          .as("never more than Delta's own number").isEqualTo("50");
    }
    spark.conf().set(RunSettings.DELTA_SNAPSHOT_PARTITIONS, "9");
    try (RunSettings settings = RunSettings.apply(spark, 0)) {
      settings.deltaSnapshotPartitions(2);
      assertThat(spark.conf().get(RunSettings.DELTA_SNAPSHOT_PARTITIONS))
          .as("the session's own number is kept").isEqualTo("9");
    }
    spark.conf().unset(RunSettings.DELTA_SNAPSHOT_PARTITIONS);
  }
}

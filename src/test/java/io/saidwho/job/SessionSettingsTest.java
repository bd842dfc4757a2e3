package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** A session the job creates gets a codegen cache with room for a run, unless one was given. */
class SessionSettingsTest {

  @Test
  void aNewSessionGetsRoomForARunsGeneratedClasses() {
    assertThat(SessionSettings.missingFrom(new SparkConf(false)))
        .containsEntry(SessionSettings.CODEGEN_CACHE, "1000");
  }

  @Test
  void aSubmittedCacheSizeIsKept() {
    SparkConf submitted = new SparkConf(false).set(SessionSettings.CODEGEN_CACHE, "50");

    assertThat(SessionSettings.missingFrom(submitted)).isEmpty();
  }
}

package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A session the job creates gets a codegen cache with room for a run and small memory pages,
 * unless the submitted configuration sets them.
 */
class SessionSettingsTest {

  @Test
  void aNewSessionGetsRoomForARunsGeneratedClasses() {
    assertThat(SessionSettings.missingFrom(new SparkConf(false)))
        .containsEntry(SessionSettings.CODEGEN_CACHE, "1000");
  }

  @Test
  void aSubmittedCacheSizeIsKept() {
    SparkConf submitted = new SparkConf(false).set(SessionSettings.CODEGEN_CACHE, "50");

    assertThat(SessionSettings.missingFrom(submitted)).doesNotContainKey(
        SessionSettings.CODEGEN_CACHE);
  }

  @Test
  void aNewSessionGetsSmallMemoryPages() {
    assertThat(SessionSettings.missingFrom(new SparkConf(false)))
        .containsEntry(SessionSettings.PAGE_SIZE_KEY, SessionSettings.PAGE_SIZE);
  }

  @Test
  void aSubmittedPageSizeIsKept() {
    SparkConf submitted = new SparkConf(false).set(SessionSettings.PAGE_SIZE_KEY, "16m");

    assertThat(SessionSettings.missingFrom(submitted))
        .doesNotContainKey(SessionSettings.PAGE_SIZE_KEY)
        .containsKey(SessionSettings.CODEGEN_CACHE);
  }

  @Test
  void theJobsOwnJvmGetsThePageSizeAsASystemPropertyToo() {
    String before = System.getProperty(SessionSettings.PAGE_SIZE_KEY);
    try {
      System.clearProperty(SessionSettings.PAGE_SIZE_KEY);
      SessionSettings.applyToOwnJvm(new SparkConf(false), SparkSession.builder());

      assertThat(new SparkConf().get(SessionSettings.PAGE_SIZE_KEY))
          .isEqualTo(SessionSettings.PAGE_SIZE);
    } finally {
      restore(before);
    }
  }

  @Test
  void aSubmittedPageSizeLeavesTheJvmAlone() {
    String before = System.getProperty(SessionSettings.PAGE_SIZE_KEY);
    try {
      System.clearProperty(SessionSettings.PAGE_SIZE_KEY);
      SparkConf submitted = new SparkConf(false).set(SessionSettings.PAGE_SIZE_KEY, "16m");
      SessionSettings.applyToOwnJvm(submitted, SparkSession.builder());

      assertThat(System.getProperty(SessionSettings.PAGE_SIZE_KEY)).isNull();
    } finally {
      restore(before);
    }
  }

  private static void restore(String value) {
    if (value == null) {
      System.clearProperty(SessionSettings.PAGE_SIZE_KEY);
    } else {
      System.setProperty(SessionSettings.PAGE_SIZE_KEY, value);
    }
  }
}

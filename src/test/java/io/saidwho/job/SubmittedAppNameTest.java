package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The configured {@code spark.app-name} loses only to a name the user gave spark-submit. */
class SubmittedAppNameTest {

  @Test
  void noSubmittedNameLetsTheConfigDecide() {
    assertThat(SaidWhoJob.submittedName(new SparkConf(false))).isFalse();
  }

  @Test
  void sparkSubmitDefaultOfTheMainClassNameDoesNotCount() {
    SparkConf conf = new SparkConf(false).set("spark.app.name", SaidWhoJob.class.getName());
    assertThat(SaidWhoJob.submittedName(conf)).isFalse();
  }

  @Test
  void nameGivenWithDashDashNameWins() {
    SparkConf conf = new SparkConf(false).set("spark.app.name", "nightly-quotes");
    assertThat(SaidWhoJob.submittedName(conf)).isTrue();
  }
}

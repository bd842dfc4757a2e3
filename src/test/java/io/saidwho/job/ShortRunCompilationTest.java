package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortRunCompilationTest {

  @Test
  void aSmallLocalBatchRunsWithoutC2() {
    assertThat(ShortRunCompilation.appliesTo(400_000, "local[2]")).isTrue();
    assertThat(ShortRunCompilation.appliesTo(ShortRunCompilation.MAX_INPUT_BYTES, "local[*]"))
        .isTrue();
  }

  @Test
  void aLargerBatchKeepsC2() {
    assertThat(ShortRunCompilation.appliesTo(ShortRunCompilation.MAX_INPUT_BYTES + 1, "local[2]"))
        .isFalse();
  }

  @Test
  void aClusterRunKeepsC2EvenForASmallBatch() {
    assertThat(ShortRunCompilation.appliesTo(400_000, "yarn")).isFalse();
    assertThat(ShortRunCompilation.appliesTo(400_000, "spark://127.0.0.1:7077")).isFalse();
    assertThat(ShortRunCompilation.appliesTo(400_000, null)).isFalse();
  }

  @Test
  void aLocalClusterKeepsC2SinceItsTasksRunInOtherJvms() {
    assertThat(ShortRunCompilation.appliesTo(400_000, "local")).isTrue();
    assertThat(ShortRunCompilation.appliesTo(400_000, "local-cluster[2,1,1024]")).isFalse();
  }

  @Test
  void aSystemPropertyTurnsItOff() {
    String before = System.getProperty(ShortRunCompilation.ENABLED_PROPERTY);
    try {
      System.clearProperty(ShortRunCompilation.ENABLED_PROPERTY);
      assertThat(ShortRunCompilation.enabled()).isTrue();
      System.setProperty(ShortRunCompilation.ENABLED_PROPERTY, "false");
      assertThat(ShortRunCompilation.enabled()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(ShortRunCompilation.ENABLED_PROPERTY);
      } else {
        System.setProperty(ShortRunCompilation.ENABLED_PROPERTY, before);
      }
    }
  }
}

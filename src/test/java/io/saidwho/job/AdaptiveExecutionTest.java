package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Adaptive execution: kept for batches of 4 MiB of input and more, off below. */
class AdaptiveExecutionTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void aSmallBatchRunsWithoutIt() {
    assertThat(AdaptiveExecution.keptFor(0)).isFalse();
    assertThat(AdaptiveExecution.keptFor(4 * MIB - 1)).isFalse();
  }

  @Test
  void aLargeBatchKeepsIt() {
    assertThat(AdaptiveExecution.keptFor(4 * MIB)).isTrue();
    assertThat(AdaptiveExecution.keptFor(340 * MIB)).isTrue();
  }
}

package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole-stage code generation: kept for batches of 4 MiB of input and more, off below. */
class WholeStageCodegenTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void aSmallBatchRunsWithoutIt() {
    assertThat(WholeStageCodegen.keptFor(0)).isFalse();
    assertThat(WholeStageCodegen.keptFor(4 * MIB - 1)).isFalse();
  }

  @Test
  void aLargeBatchKeepsIt() {
    assertThat(WholeStageCodegen.keptFor(4 * MIB)).isTrue();
    assertThat(WholeStageCodegen.keptFor(340 * MIB)).isTrue();
  }
}

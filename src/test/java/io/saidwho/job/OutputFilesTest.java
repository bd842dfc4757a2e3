package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Files per table: by the batch's text size, within the partitions and the configured cap. */
class OutputFilesTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void aSmallBatchIsOneFilePerTableWhateverItsPartitions() {
    assertThat(OutputFiles.perTable(600_000, 27, null)).isEqualTo(1);
    assertThat(OutputFiles.perTable(0, 4, null)).isEqualTo(1);
  }

  @Test
  void aLargeBatchGetsAFileForEveryTargetSizeOfText() {
    assertThat(OutputFiles.perTable(300 * MIB, 50, null)).isEqualTo(3);
    assertThat(OutputFiles.perTable(128 * MIB, 50, null)).isEqualTo(1);
    assertThat(OutputFiles.perTable(128 * MIB + 1, 50, null)).isEqualTo(2);
  }

  @Test
  void neverMoreFilesThanPartitionsNorThanConfigured() {
    assertThat(OutputFiles.perTable(10_000 * MIB, 8, null)).isEqualTo(8);
    assertThat(OutputFiles.perTable(10_000 * MIB, 8, 3)).isEqualTo(3);
    assertThat(OutputFiles.perTable(1 * MIB, 8, 3)).isEqualTo(1);
  }
}

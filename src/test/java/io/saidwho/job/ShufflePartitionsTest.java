package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shuffle partitions: by the batch's input size, within the parallelism and the session's cap. */
class ShufflePartitionsTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void aSmallBatchShufflesIntoAsManyPartitionsAsTaskSlots() {
    assertThat(ShufflePartitions.forBatch(400_000, 2, 200)).isEqualTo(2);
    assertThat(ShufflePartitions.forBatch(0, 8, 200)).isEqualTo(8);
  }

  @Test
  void aLargerBatchGetsAPartitionPerMebibyteOfInput() {
    assertThat(ShufflePartitions.forBatch(30 * MIB, 2, 200)).isEqualTo(30);
    assertThat(ShufflePartitions.forBatch(30 * MIB + 1, 2, 200)).isEqualTo(31);
  }

  @Test
  void neverMoreThanTheSessionSetting() {
    assertThat(ShufflePartitions.forBatch(340 * MIB, 2, 200)).isEqualTo(200);
    assertThat(ShufflePartitions.forBatch(30 * MIB, 2, 8)).isEqualTo(8);
    assertThat(ShufflePartitions.forBatch(0, 4, 1)).as("a lower setting holds").isEqualTo(1);
  }
}

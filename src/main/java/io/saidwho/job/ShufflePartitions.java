package io.saidwho.job;

/**
 * How many partitions the run's shuffles (the counting aggregate, the duplicate-id window, every
 * step of the cross-article tables, the joins of the {@code quotes} write) start with: one per
 * {@link #INPUT_BYTES_PER_PARTITION} of input, at least the cluster's parallelism, at most the
 * session's {@code spark.sql.shuffle.partitions} (Spark's default 200, or what the user set).
 * Adaptive execution still coalesces what is small after each shuffle, but every map task writes
 * (and every reduce side plans) the initial partitions: 200 of them for a batch of 100 articles
 * was most of the cross-article step's wall time.
 */
final class ShufflePartitions {

  /** About 1 MiB of input per partition: 200 partitions from about 200 MiB of articles. */
  static final long INPUT_BYTES_PER_PARTITION = 1024L * 1024;

  private ShufflePartitions() {}

  /**
   * @param inputBytes size of the batch's input files as listed
   * @param parallelism the cluster's default parallelism (task slots)
   * @param configured the session's {@code spark.sql.shuffle.partitions}
   */
  static int forBatch(long inputBytes, int parallelism, int configured) {
    long bySize = (inputBytes + INPUT_BYTES_PER_PARTITION - 1) / INPUT_BYTES_PER_PARTITION;
    return (int) Math.min(configured, Math.max(Math.max(parallelism, 1), bySize));
  }
}

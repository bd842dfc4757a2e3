package io.saidwho.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * The SQL settings a run puts on its session, given back as they were when it ends (a session may
 * run several batches: the tests, the bench): Parquet timestamps as TIMESTAMP_MICROS, cached plans
 * free to change their output partitioning, the shuffle partitions sized to the batch ({@link
 * ShufflePartitions}), adaptive query execution off for a small batch ({@link
 * AdaptiveExecution}), the rows per batch of Spark's cache, which the run sets before each
 * dataset it persists and materialises ({@link #cacheBatchRows}), and for Delta output the
 * partitions of a table's snapshot ({@link #deltaSnapshotPartitions}). One instance per run.
 */
final class RunSettings implements AutoCloseable {

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String CACHE_BATCH_ROWS = "spark.sql.inMemoryColumnarStorage.batchSize";
  static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  static final String DELTA_SNAPSHOT_PARTITIONS = "spark.databricks.delta.snapshotPartitions";
  /** Delta's own number of snapshot partitions. */
  static final int DELTA_DEFAULT_SNAPSHOT_PARTITIONS = 50;
  private static final String TIMESTAMPS = "spark.sql.parquet.outputTimestampType";
  private static final String CACHED_PARTITIONING =
      "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning";

  private final RuntimeConfig conf;
  private final Map<String, String> before = new LinkedHashMap<>();

  private RunSettings(RuntimeConfig conf) {
    this.conf = conf;
  }

  /** Applies the run's settings for a batch of {@code inputBytes} of input files. */
  static RunSettings apply(SparkSession spark, long inputBytes) {
    RunSettings settings = new RunSettings(spark.conf());
    int partitions = ShufflePartitions.forBatch(inputBytes,
        spark.sparkContext().defaultParallelism(),
        spark.sessionState().conf().numShufflePartitions());
    settings.set(TIMESTAMPS, "TIMESTAMP_MICROS");
    settings.set(CACHED_PARTITIONING, "true");
    settings.set(SHUFFLE_PARTITIONS, String.valueOf(partitions));
    if (!AdaptiveExecution.keptFor(inputBytes)) {
      settings.set(ADAPTIVE, "false");
    }
    return settings;
  }

  /** Rows per batch of the datasets persisted (and materialised) from now on. */
  void cacheBatchRows(int rows) {
    set(CACHE_BATCH_ROWS, String.valueOf(rows));
  }

  /**
   * Delta rebuilds a table's snapshot (its log replayed into the list of live files) in a
   * shuffle of 50 partitions, each a task, at the first write of the run and again for each
   * count read back: for seven tables of a few commits, about 700 tasks that kept a two-slot
   * session busy for most of a minute. No more partitions than the session's task slots, unless
   * the session sets its own number.
   */
  void deltaSnapshotPartitions(int taskSlots) {
    if (!conf.contains(DELTA_SNAPSHOT_PARTITIONS)) {
      set(DELTA_SNAPSHOT_PARTITIONS,
          String.valueOf(Math.max(1, Math.min(DELTA_DEFAULT_SNAPSHOT_PARTITIONS, taskSlots))));
    }
  }

  private void set(String key, String value) {
    if (!before.containsKey(key)) {
      before.put(key, conf.contains(key) ? conf.get(key) : null);
    }
    conf.set(key, value);
  }

  /** Gives every setting back its value from before the run (unset when it had none). */
  @Override
  public void close() {
    before.forEach((key, value) -> {
      if (value == null) {
        conf.unset(key);
      } else {
        conf.set(key, value);
      }
    });
  }
}

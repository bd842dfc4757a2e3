package io.saidwho.job;

import io.saidwho.io.Schemas;
import io.saidwho.io.TableWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes the tables of a run from the persisted processed dataset, one Spark job per table,
 * all submitted at once from their own driver threads: Spark runs them side by side, so that small
 * tables and the per-job fixed costs overlap instead of queueing, and a table written as one file
 * does not leave the other cores idle. Waits for every write; the first failure is rethrown once
 * all have ended. Row counts come from the processing pass and the cross-article step; a table
 * whose count is not known that way is written with {@code attributedQuotes} as its emptiness
 * signal and its count read from what was written ({@link TableWriter#writtenRows}: the staged
 * files' footers, or Delta's log).
 */
final class TableWrites {

  private final SparkContext spark;
  private final TableWriter writer;

  TableWrites(SparkContext spark, TableWriter writer) {
    this.spark = spark;
    this.writer = writer;
  }

  /**
   * @param known rows per table from the processing pass (every table but speakers)
   * @param attributedQuotes quotes with a speaker: 0 exactly when speakers is empty
   * @return rows written per table, in {@link Schemas#TABLES} order
   */
  Map<String, Long> write(Dataset<Row> processed, Map<String, Long> known, long attributedQuotes) {
    ExecutorService pool = Executors.newFixedThreadPool(Schemas.TABLES.size(), runnable -> {
      Thread thread = new Thread(runnable, "saidwho-write");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Map<String, Future<Long>> writes = new LinkedHashMap<>();
      for (String table : Schemas.TABLES) {
        long expected = known.getOrDefault(table, attributedQuotes);
        writes.put(table, pool.submit(() -> writeOne(processed, table, expected,
            known.containsKey(table))));
      }
      return results(writes);
    } finally {
      pool.shutdown();
    }
  }

  private long writeOne(Dataset<Row> processed, String table, long expected, boolean exact) {
    spark.setJobDescription("saidwho: write " + table);
    writer.write(writer.table(processed, table), table, expected);
    return exact || expected == 0 ? expected
        : writer.writtenRows(table);
  }

  private static Map<String, Long> results(Map<String, Future<Long>> writes) {
    Map<String, Long> rows = new LinkedHashMap<>();
    RuntimeException failure = null;
    for (Map.Entry<String, Future<Long>> write : writes.entrySet()) {
      try {
        rows.put(write.getKey(), write.getValue().get());
      } catch (ExecutionException e) {
        failure = failure != null ? failure : asRuntime(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = failure != null ? failure : new IllegalStateException("Interrupted", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return rows;
  }

  private static RuntimeException asRuntime(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    return cause instanceof RuntimeException runtime ? runtime
        : new IllegalStateException("A table write failed", cause);
  }
}

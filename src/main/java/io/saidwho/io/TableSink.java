package io.saidwho.io;

import io.saidwho.config.OutputFormat;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where one run's tables land and how they become visible to readers, for any list of tables
 * (a new table gets the same guarantee by being in the list). A run calls {@link #write} once per
 * table, then {@link #publish}; on failure {@link #discard}. The run's folder ({@link
 * OutputLayout#runStaging}) belongs to the run, which deletes it when it ends. Implementations:
 * {@link StagedParquetSink} (all tables staged, then published by renames) and {@link DeltaSink}
 * (one Delta transaction per table).
 */
public interface TableSink {

  /** The sink of {@code format} for run {@code runId} under {@code layout}. */
  static TableSink of(OutputFormat format, SparkSession spark, FileSystem fs,
      OutputLayout layout, String runId, List<String> tables) {
    return format == OutputFormat.DELTA
        ? new DeltaSink(spark, layout)
        : new StagedParquetSink(fs, layout, runId, tables);
  }

  /**
   * {@code sink}, calling {@code afterWrite} with the table's name once each write has returned
   * (in the writing thread; tables may be written concurrently).
   */
  static TableSink observed(TableSink sink, Consumer<String> afterWrite) {
    return new TableSink() {
      @Override
      public void write(Dataset<Row> rows, String table) {
        sink.write(rows, table);
        afterWrite.accept(table);
      }

      @Override
      public long writtenRows(String table) {
        return sink.writtenRows(table);
      }

      @Override
      public void publish(Map<String, Object> manifest, Consumer<String> afterEachTable)
          throws IOException {
        sink.publish(manifest, afterEachTable);
      }

      @Override
      public void discard() throws IOException {
        sink.discard();
      }
    };
  }

  /**
   * Writes this run's rows of {@code table} (with their {@code batch_date} column). Safe to call
   * for several tables at once from different threads.
   */
  void write(Dataset<Row> rows, String table);

  /** Rows of {@code table} this run wrote, from what it wrote (no pass over the data). */
  long writtenRows(String table);

  /**
   * Makes every written table visible; {@code manifest} is the run's final manifest, kept with
   * the staged tables so that a later run can finish a publish this one could not.
   * {@code afterEachTable} is called once a table is visible.
   */
  void publish(Map<String, Object> manifest, Consumer<String> afterEachTable) throws IOException;

  /** The run failed: puts back what a partial publish replaced (before the run folder goes). */
  void discard() throws IOException;
}

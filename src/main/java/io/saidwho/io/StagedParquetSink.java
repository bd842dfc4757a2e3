package io.saidwho.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * {@code output.format=parquet}: every table of the run is written as plain Parquet into the
 * run's staging folder ({@link OutputLayout#staged}, invisible to readers), then published
 * together: the commit marker (the final manifest and the table list) is written, and {@link
 * PartitionPublisher} renames the partitions into place. Before the marker a dead run is rolled
 * back by the next run of its batch date; after it, rolled forward ({@link RunRecovery}). The
 * files of a table's partition are exactly the files Spark wrote for it: no copy, no extra job.
 */
public final class StagedParquetSink implements TableSink {

  private final FileSystem fs;
  private final OutputLayout layout;
  private final String runId;
  private final List<String> tables;

  StagedParquetSink(FileSystem fs, OutputLayout layout, String runId, List<String> tables) {
    this.fs = fs;
    this.layout = layout;
    this.runId = runId;
    this.tables = List.copyOf(tables);
  }

  @Override
  public void write(Dataset<Row> rows, String table) {
    rows.drop("batch_date").write().mode(SaveMode.ErrorIfExists)
        .parquet(layout.staged(runId, table).toString());
  }

  @Override
  public long writtenRows(String table) {
    return WrittenRows.count(layout.staged(runId, table).toString(), fs.getConf());
  }

  @Override
  public void publish(Map<String, Object> manifest, Consumer<String> afterEachTable)
      throws IOException {
    Map<String, Object> marker = new LinkedHashMap<>();
    marker.put("tables", tables);
    marker.put("manifest", manifest);
    HadoopFiles.writeJson(fs, layout.commitMarker(runId), marker);
    new PartitionPublisher(fs, layout, runId, tables).rollForward(afterEachTable);
  }

  @Override
  public void discard() throws IOException {
    if (fs.exists(layout.commitMarker(runId))) {
      new PartitionPublisher(fs, layout, runId, tables).rollBack();
    }
  }
}

package io.saidwho.io;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;

/**
 * Publishes the staged partitions of one run ({@link OutputLayout#staged}) by folder renames, in
 * two phases: first every previous partition of the batch date is set aside ({@link
 * OutputLayout#aside}), then every staged partition is renamed into place. So a reader sees each
 * table with the previous run's partition, without one for a moment, or with the new run's, and
 * never one table from the previous run beside another from the new one. No data is copied: each
 * table costs a few metadata calls and two renames.
 *
 * <p>Both directions are idempotent and can resume after a crash at any point: {@link
 * #rollForward} finishes a publish, {@link #rollBack} undoes it. Callers hold the batch lock.
 */
final class PartitionPublisher {

  private final FileSystem fs;
  private final OutputLayout layout;
  private final String runId;
  private final List<String> tables;

  PartitionPublisher(FileSystem fs, OutputLayout layout, String runId, List<String> tables) {
    this.fs = fs;
    this.layout = layout;
    this.runId = runId;
    this.tables = List.copyOf(tables);
  }

  /** Sets the previous partitions aside, then moves the staged ones in. */
  void rollForward(Consumer<String> afterEachTable) throws IOException {
    for (String table : tables) {
      if (fs.exists(layout.staged(runId, table)) && fs.exists(layout.partition(table))) {
        HadoopFiles.move(fs, layout.partition(table), layout.aside(runId, table));
      }
    }
    for (String table : tables) {
      if (fs.exists(layout.staged(runId, table))) {
        HadoopFiles.move(fs, layout.staged(runId, table), layout.partition(table));
        afterEachTable.accept(table);
      }
    }
  }

  /** Moves published partitions back to staging, then the previous ones back into place. */
  void rollBack() throws IOException {
    for (String table : tables) {
      if (!fs.exists(layout.staged(runId, table)) && fs.exists(layout.partition(table))) {
        HadoopFiles.move(fs, layout.partition(table), layout.staged(runId, table));
      }
    }
    for (String table : tables) {
      if (fs.exists(layout.aside(runId, table))) {
        HadoopFiles.move(fs, layout.aside(runId, table), layout.partition(table));
      }
    }
  }
}

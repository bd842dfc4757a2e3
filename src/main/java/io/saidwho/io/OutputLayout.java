package io.saidwho.io;

import java.time.LocalDate;
import org.apache.hadoop.fs.Path;

/**
 * Where a run's files live under {@code output.path}, for one batch date. Published tables are
 * {@code <table>/batch_date=D/} (what readers glob); everything else is under {@code _}-prefixed
 * folders that Spark's readers skip and the README's globs ({@code <table>/*}{@code /*.parquet})
 * never reach:
 *
 * <ul>
 *   <li>{@code _staging/batch_date=D/<run_id>/}: a run's record while it runs, its staged tables
 *       ({@code <table>/batch_date=D/}), the commit marker {@code _PUBLISH.json} and, during the
 *       publish, the previous run's partitions set aside ({@code _previous/<table>/batch_date=D/});
 *   <li>{@code _locks/batch_date=D.json}: the lock of the batch date;
 *   <li>{@code _manifests/<run_id>.json}: one manifest per run.
 * </ul>
 *
 * @param root the output path
 * @param batchDate the batch date of the run
 */
public record OutputLayout(Path root, LocalDate batchDate) {

  public static final String STAGING = "_staging";
  public static final String LOCKS = "_locks";
  public static final String PREVIOUS = "_previous";
  public static final String COMMIT_MARKER = "_PUBLISH.json";

  public static OutputLayout of(String outputPath, LocalDate batchDate) {
    return new OutputLayout(new Path(outputPath), batchDate);
  }

  /** {@code batch_date=YYYY-MM-DD}, the partition folder name. */
  public String partitionName() {
    return "batch_date=" + batchDate;
  }

  public Path table(String table) {
    return new Path(root, table);
  }

  /** The published partition of {@code table} for the batch date. */
  public Path partition(String table) {
    return new Path(table(table), partitionName());
  }

  /** The folder holding one folder per run of this batch date that has not finished. */
  public Path stagingOfDate() {
    return new Path(new Path(root, STAGING), partitionName());
  }

  public Path runStaging(String runId) {
    return new Path(stagingOfDate(), runId);
  }

  /** Where the run writes {@code table} before the publish. */
  public Path staged(String runId, String table) {
    return new Path(new Path(runStaging(runId), table), partitionName());
  }

  /** Where the publish sets the previous run's partition of {@code table} aside. */
  public Path aside(String runId, String table) {
    return new Path(new Path(new Path(runStaging(runId), PREVIOUS), table), partitionName());
  }

  /** Written once every table is staged: from then on the run is rolled forward, never back. */
  public Path commitMarker(String runId) {
    return new Path(runStaging(runId), COMMIT_MARKER);
  }

  public Path lock() {
    return new Path(new Path(root, LOCKS), partitionName() + ".json");
  }
}

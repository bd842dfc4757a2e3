package io.saidwho.io;

import java.io.IOException;
import java.util.ConcurrentModificationException;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code output.format=delta}: each table is a Delta Lake table at {@code <output>/<table>},
 * partitioned by {@code batch_date}; a run replaces its batch date in one transaction per table
 * ({@code replaceWhere}), so each table shows the previous run's rows or the new run's, never part
 * of a run; across tables a run that dies between two commits leaves the earlier tables new and the
 * later ones previous until the rerun (README). Uses Delta only through Spark's data source name:
 * the Delta jars and session extension come with the session ({@code spark.sql.extensions}). A
 * commit that loses a race with a concurrent run of another batch date is retried.
 */
public final class DeltaSink implements TableSink {

  private static final int ATTEMPTS = 3;
  private static final String CONSTRAINT_CHECK =
      "spark.databricks.delta.replaceWhere.constraintCheck.enabled";

  private final OutputLayout layout;
  private final SparkSession spark;

  DeltaSink(SparkSession spark, OutputLayout layout) {
    this.spark = spark;
    this.layout = layout;
  }

  @Override
  public void write(Dataset<Row> rows, String table) {
    // Every row carries the run's batch date: Delta's extra scan checking replaceWhere is waste.
    spark.conf().set(CONSTRAINT_CHECK, "false");
    for (int attempt = 1; ; attempt++) {
      try {
        rows.write().format("delta").mode(SaveMode.Overwrite)
            .option("partitionOverwriteMode", "static")
            .option("replaceWhere", "batch_date = DATE'" + layout.batchDate() + "'")
            .partitionBy("batch_date")
            .save(layout.table(table).toString());
        return;
      } catch (ConcurrentModificationException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Counted through Delta's log: this date's rows as of the run's own commit. */
  @Override
  public long writtenRows(String table) {
    return spark.read().format("delta").load(layout.table(table).toString())
        .where("batch_date = DATE'" + layout.batchDate() + "'").count();
  }

  @Override
  public void publish(Map<String, Object> manifest, Consumer<String> afterEachTable) {
    // every write was its own commit
  }

  @Override
  public void discard() throws IOException {
    // committed tables stay committed; uncommitted files are never referenced by the log
  }
}

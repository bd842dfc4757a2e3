package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.timestamp_micros;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructField;

/**
 * Cuts the tables out of the processed dataset and writes them as Parquet under {@code
 * <output>/<table>/batch_date=YYYY-MM-DD/}, with dynamic partition overwrite: a rerun for the same
 * batch date replaces that date's partition, other dates stay. A table with no rows this run gets
 * one empty Parquet file (schema only) in its partition, so that it is readable and a stale
 * partition from an earlier run of the same date is replaced too. Columns and types follow
 * {@link Schemas}.
 */
public final class TableWriter {

  private final String outputPath;
  private final String runId;
  private final LocalDate batchDate;
  private final Integer filesPerPartition;

  public TableWriter(String outputPath, String runId, LocalDate batchDate,
      Integer filesPerPartition) {
    this.outputPath = outputPath;
    this.runId = runId;
    this.batchDate = batchDate;
    this.filesPerPartition = filesPerPartition;
  }

  /**
   * The rows of {@code table} (one of {@link Schemas#TABLES} cut from single articles: not one
   * of {@link CrossArticleTables}) of the processed dataset.
   */
  public Dataset<Row> table(Dataset<Row> processed, String table) {
    Dataset<Row> rows = switch (table) {
      case Schemas.ARTICLES -> ofType(processed, RecordTypes.ARTICLE)
          .withColumn("published_at", timestamp_micros(col(Schemas.PUBLISHED_AT_MICROS)));
      case Schemas.SENTENCES -> ofType(processed, RecordTypes.SENTENCE);
      case Schemas.REJECTS -> ofType(processed, RecordTypes.REJECT);
      default -> throw new IllegalArgumentException("Unknown table: " + table);
    };
    return finish(rows, table);
  }

  /** {@code rows} of {@code table} with the run columns, in its DDL's columns and types. */
  public Dataset<Row> finish(Dataset<Row> rows, String table) {
    return rows.withColumn("run_id", lit(runId))
        .withColumn("batch_date", lit(batchDate.toString()).cast("date"))
        .select(columns(table));
  }

  /** Writes {@code rows} (from {@link #table}) as {@code table}; {@code rowCount} is its size. */
  public void write(Dataset<Row> rows, String table, long rowCount) {
    Dataset<Row> out = filesPerPartition == null ? rows : rows.coalesce(filesPerPartition);
    if (rowCount == 0) {
      out.drop("batch_date").coalesce(1).write().mode(SaveMode.Overwrite)
          .parquet(tablePath(table) + "/batch_date=" + batchDate);
      return;
    }
    out.write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy("batch_date")
        .parquet(tablePath(table));
  }

  public String tablePath(String table) {
    return outputPath.replaceAll("/+$", "") + "/" + table;
  }

  private static Dataset<Row> ofType(Dataset<Row> processed, String recordType) {
    return processed.filter(col(Schemas.RECORD_TYPE).equalTo(recordType));
  }

  private static Column[] columns(String table) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : Schemas.schema(table).fields()) {
      columns.add(col(field.name()).cast(field.dataType()).as(field.name()));
    }
    return columns.toArray(new Column[0]);
  }
}

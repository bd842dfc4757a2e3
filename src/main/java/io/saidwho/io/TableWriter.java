package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.timestamp_micros;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * Cuts the tables out of the processed dataset and hands each to the run's {@link TableSink},
 * which decides where it lands and how it is published (staged Parquet or Delta; see README,
 * Reruns). A table with no rows this run is written as one empty file (schema only), so that it
 * is readable and the previous run's partition of the same date is replaced too. Columns and
 * types follow {@link Schemas}.
 */
public final class TableWriter {

  private final String runId;
  private final LocalDate batchDate;
  private final Integer filesPerPartition;
  private final TableSink sink;

  public TableWriter(String runId, LocalDate batchDate, Integer filesPerPartition,
      TableSink sink) {
    this.runId = runId;
    this.batchDate = batchDate;
    this.filesPerPartition = filesPerPartition;
    this.sink = sink;
  }

  /** The rows of {@code table} (one of {@link Schemas#TABLES}) of the processed dataset. */
  public Dataset<Row> table(Dataset<Row> processed, String table) {
    Dataset<Row> rows = switch (table) {
      case Schemas.ARTICLES -> ofType(processed, RecordTypes.ARTICLE)
          .withColumn("published_at", timestamp_micros(col(Schemas.PUBLISHED_AT_MICROS)));
      case Schemas.SENTENCES -> ofType(processed, RecordTypes.SENTENCE);
      case Schemas.QUOTES -> ofType(processed, RecordTypes.QUOTE);
      case Schemas.SPEAKERS -> speakers(ofType(processed, RecordTypes.QUOTE));
      case Schemas.REJECTS -> ofType(processed, RecordTypes.REJECT);
      case Schemas.ARTICLE_TEXTS -> ofType(processed, RecordTypes.ARTICLE_TEXT);
      default -> throw new IllegalArgumentException("Unknown table: " + table);
    };
    return rows.withColumn("run_id", lit(runId))
        .withColumn("batch_date", lit(batchDate.toString()).cast("date"))
        .select(columns(table));
  }

  /** Writes {@code rows} (from {@link #table}) as {@code table}; {@code rowCount} is its size. */
  public void write(Dataset<Row> rows, String table, long rowCount) {
    Dataset<Row> out = filesPerPartition == null ? rows : rows.coalesce(filesPerPartition);
    sink.write(rowCount == 0 ? out.coalesce(1) : out, table);
  }

  private static Dataset<Row> ofType(Dataset<Row> processed, String recordType) {
    return processed.filter(col(Schemas.RECORD_TYPE).equalTo(recordType));
  }

  private static Dataset<Row> speakers(Dataset<Row> quotes) {
    return quotes.filter(col("speaker").isNotNull())
        .groupBy(col("speaker"))
        .agg(max(col("speaker_type")).as("speaker_type"),
            count(lit(1)).as("quote_count"),
            count_distinct(col("article_id")).as("article_count"));
  }

  private static Column[] columns(String table) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : Schemas.schema(table).fields()) {
      columns.add(col(field.name()).cast(field.dataType()).as(field.name()));
    }
    return columns.toArray(new Column[0]);
  }
}

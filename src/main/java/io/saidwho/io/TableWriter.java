package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.timestamp_micros;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * Cuts the tables out of the processed dataset ({@link Processed}) and hands each to the run's
 * {@link TableSink}, which decides where it lands and how it is published (staged Parquet or
 * Delta; see README, Reruns). A table with no rows this run is written as one empty file (schema
 * only), so that it is readable and the previous run's partition of the same date is replaced
 * too. Columns and types follow {@link Schemas}.
 */
public final class TableWriter {

  private final String runId;
  private final LocalDate batchDate;
  private final Integer filesPerPartition;
  private final TableSink sink;
  private final CrossArticleTables crossArticle;

  /** {@code crossArticle} cuts the quotes, speakers and quotations tables of the same run. */
  public TableWriter(String runId, LocalDate batchDate, Integer filesPerPartition,
      TableSink sink, CrossArticleTables crossArticle) {
    this.runId = runId;
    this.batchDate = batchDate;
    this.filesPerPartition = filesPerPartition;
    this.sink = sink;
    this.crossArticle = crossArticle;
  }

  /**
   * The rows of {@code table} (one of {@link Schemas#TABLES}) of the processed dataset ({@link
   * Processed#SCHEMA}).
   */
  public Dataset<Row> table(Dataset<Row> processed, String table) {
    Dataset<Row> rows = switch (table) {
      case Schemas.ARTICLES -> struct(processed, Processed.ARTICLE)
          .withColumn("published_at", timestamp_micros(col(Processed.PUBLISHED_AT_MICROS)));
      case Schemas.SENTENCES -> perArticle(processed, Processed.SENTENCES);
      case Schemas.QUOTES -> crossArticle.quotes(perArticle(processed, Processed.QUOTES));
      case Schemas.SPEAKERS -> crossArticle.speakers();
      case Schemas.QUOTATIONS -> crossArticle.quotations();
      case Schemas.REJECTS -> struct(processed, Processed.REJECT);
      case Schemas.ARTICLE_TEXTS -> processed.where(col(Processed.EXTRACTED_TEXT).isNotNull())
          .select(col(Processed.ARTICLE + ".article_id").as("article_id"),
              col(Processed.ARTICLE + ".input_file").as("input_file"),
              col(Processed.EXTRACTED_TEXT).as("text"));
      default -> throw new IllegalArgumentException("Unknown table: " + table);
    };
    return rows.select(columns(table));
  }

  /**
   * Writes {@code rows} (from {@link #table}) as {@code table}; {@code rowCount} is its size, or
   * any count that is 0 exactly when it is empty. A failure is a {@link TableWriteException}.
   */
  public void write(Dataset<Row> rows, String table, long rowCount) {
    Dataset<Row> out = filesPerPartition == null ? rows : rows.coalesce(filesPerPartition);
    try {
      sink.write(rowCount == 0 ? out.coalesce(1) : out, table);
    } catch (Exception e) { // Spark's Scala code also throws undeclared IOExceptions
      throw new TableWriteException(table, e);
    }
  }

  /** Rows this run wrote of {@code table}, read back from what it wrote (no pass over the data). */
  public long writtenRows(String table) {
    return sink.writtenRows(table);
  }

  /** The fields of a struct column, one row per processed row that has it. */
  private static Dataset<Row> struct(Dataset<Row> processed, String column) {
    return processed.where(col(column).isNotNull()).select(col(column + ".*"));
  }

  /** The elements of an array column, one row each, with their article's id. */
  private static Dataset<Row> perArticle(Dataset<Row> processed, String column) {
    return processed
        .select(col(Processed.ARTICLE + ".article_id").as("article_id"),
            explode(col(column)).as("element"))
        .select(col("article_id"), col("element.*"));
  }

  /**
   * The columns of {@code table} in its schema's order and types, the run's {@code run_id} and
   * {@code batch_date} among them: one projection, so one more analysis of the table's plan.
   */
  private Column[] columns(String table) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : Schemas.schema(table).fields()) {
      Column value = switch (field.name()) {
        case "run_id" -> lit(runId);
        case "batch_date" -> lit(batchDate.toString());
        default -> col(field.name());
      };
      columns.add(value.cast(field.dataType()).as(field.name()));
    }
    return columns.toArray(new Column[0]);
  }
}

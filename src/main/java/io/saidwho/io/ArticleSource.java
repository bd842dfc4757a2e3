package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;

import io.saidwho.config.InputFormat;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the raw input records as bytes, one row per record ({@link #INPUT_DDL}): a whole {@code
 * .txt} file (Spark's {@code binaryFile} source), or one line of a JSON Lines file (the {@code
 * text} source, its value cast to bytes so that invalid UTF-8 survives to be rejected by {@link
 * RecordParser}). Blank JSONL lines are not records and are skipped. No shuffle: the partitions
 * are the file splits.
 */
public final class ArticleSource {

  /** The schema of the raw records. */
  public static final String INPUT_DDL = "input_file STRING, format STRING, content BINARY";

  private ArticleSource() {}

  /** Every raw record of {@code files}. */
  public static Dataset<Row> read(SparkSession spark, InputFiles files) {
    Dataset<Row> txt = files.txt().isEmpty() ? null : readTxt(spark, files);
    Dataset<Row> jsonl = files.jsonl().isEmpty() ? null : readJsonl(spark, files);
    if (txt == null) {
      return jsonl;
    }
    return jsonl == null ? txt : txt.unionByName(jsonl);
  }

  private static Dataset<Row> readTxt(SparkSession spark, InputFiles files) {
    return spark.read().format("binaryFile")
        .load(files.txt().toArray(new String[0]))
        .select(col("path").as("input_file"), format(InputFormat.TXT), col("content"));
  }

  private static Dataset<Row> readJsonl(SparkSession spark, InputFiles files) {
    return spark.read().text(files.jsonl().toArray(new String[0]))
        .filter(length(trim(col("value"))).gt(0))
        .select(col("_metadata.file_path").as("input_file"), format(InputFormat.JSONL),
            col("value").cast("binary").as("content"));
  }

  private static Column format(InputFormat format) {
    return lit(format.label()).as("format");
  }
}

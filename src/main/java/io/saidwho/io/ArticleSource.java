package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;

import io.saidwho.config.InputFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

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
    Dataset<Row> records = null;
    if (!files.txt().isEmpty()) {
      records = readTxt(spark, files);
    }
    if (!files.emptyTxt().isEmpty()) {
      records = union(records, emptyTxt(spark, files));
    }
    if (!files.jsonl().isEmpty()) {
      records = union(records, readJsonl(spark, files));
    }
    return records;
  }

  private static Dataset<Row> union(Dataset<Row> first, Dataset<Row> second) {
    return first == null ? second : first.unionByName(second);
  }

  /** Zero-byte {@code .txt} files, which {@code binaryFile} skips, as records with no content. */
  private static Dataset<Row> emptyTxt(SparkSession spark, InputFiles files) {
    List<Row> rows = new ArrayList<>();
    for (String file : files.emptyTxt()) {
      rows.add(RowFactory.create(file, InputFormat.TXT.label(), new byte[0]));
    }
    return spark.createDataFrame(rows, StructType.fromDDL(INPUT_DDL));
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

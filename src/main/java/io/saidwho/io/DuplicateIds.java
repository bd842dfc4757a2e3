package io.saidwho.io;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructField;

/**
 * Duplicate article ids within a batch. Of the articles sharing an id, the first in input order
 * (smallest record key: {@code input.path} entries in the order given, files of a folder in name
 * order, records of a file in file order) is kept; every later copy becomes one {@code
 * duplicate_id} reject, and its article, sentence and quote rows are dropped. Records rejected
 * for another reason do not take part.
 *
 * <p>Done on the processed dataset ({@link Processed}) without a second pass over the text: a
 * window over the articles' ids and record keys finds the later copies (a shuffle of ids only),
 * whose record keys are broadcast to drop their rows. Meant to run only when the run's counts show
 * that ids repeat.
 */
public final class DuplicateIds {

  private DuplicateIds() {}

  /**
   * One row per later copy: {@code record_key, article_id, input_file, first_file,
   * sentence_count, quote_count, attributed_count, has_text}.
   */
  public static Dataset<Row> laterCopies(Dataset<Row> processed) {
    WindowSpec byId = Window.partitionBy(col("article_id")).orderBy(col(Processed.RECORD_KEY));
    String article = Processed.ARTICLE + ".";
    return processed.where(col(Processed.ARTICLE).isNotNull())
        .select(col(Processed.RECORD_KEY), col(article + "article_id").as("article_id"),
            col(article + "input_file").as("input_file"),
            col(article + "sentence_count").as("sentence_count"),
            col(article + "quote_count").as("quote_count"),
            col(article + "attributed_count").as("attributed_count"),
            when(col(Processed.EXTRACTED_TEXT).isNotNull(), 1).otherwise(0).as("has_text"))
        .select(col("*"), row_number().over(byId).as("copy"),
            first(col("input_file")).over(byId).as("first_file"))
        .filter(col("copy").gt(1))
        .drop("copy");
  }

  /** {@code processed} without the later copies' rows, plus one reject row for each. */
  public static Dataset<Row> resolve(Dataset<Row> processed, Dataset<Row> laterCopies) {
    Dataset<Row> kept = processed.join(broadcast(laterCopies.select(Processed.RECORD_KEY)),
        Processed.RECORD_KEY, "left_anti");
    return kept.unionByName(rejects(laterCopies));
  }

  private static Dataset<Row> rejects(Dataset<Row> laterCopies) {
    List<Column> reject = new ArrayList<>();
    for (StructField field : Processed.REJECT_TYPE.fields()) {
      Column value = switch (field.name()) {
        case "article_id", "input_file" -> col(field.name());
        case "stage" -> lit(RejectReason.DUPLICATE_ID.stage());
        case "reason" -> lit(RejectReason.DUPLICATE_ID.code());
        case "message" -> concat(lit("article_id already given to an earlier record (input order)"
            + " of "), col("first_file"), lit("; the first is kept"));
        default -> lit(null);
      };
      reject.add(value.cast(field.dataType()).as(field.name()));
    }
    List<Column> columns = new ArrayList<>();
    for (StructField field : Processed.SCHEMA.fields()) {
      Column value = switch (field.name()) {
        case Processed.RECORD_KEY -> col(field.name());
        case Processed.REJECT -> struct(reject.toArray(new Column[0]));
        default -> lit(null);
      };
      columns.add(value.cast(field.dataType()).as(field.name()));
    }
    return laterCopies.select(columns.toArray(new Column[0]));
  }
}

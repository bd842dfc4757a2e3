package io.saidwho.io;

import io.saidwho.core.text.Article;
import io.saidwho.io.input.InputRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of the read records ({@link #SCHEMA}): an article's fields, or a reject's (then
 * {@code reason} is set), with the record's input file, format and record key. Stateless.
 */
public final class InputRows {

  /** The schema of the read records, before any NLP. */
  public static final StructType SCHEMA = StructType.fromDDL(
      "input_file STRING, format STRING, record_key BIGINT, article_id STRING, title STRING, source STRING,"
          + " url STRING, published_at STRING, text STRING, stage STRING, reason STRING,"
          + " message STRING, raw_excerpt STRING");

  private InputRows() {}

  public static Row of(InputRecord record) {
    ParsedRecord parsed = record.parsed();
    if (parsed.isRejected()) {
      Reject r = parsed.reject();
      return RowFactory.create(record.inputFile(), record.format(), record.recordKey(),
          r.articleId(), null, null, null, null, null, r.stage(), r.reason(), r.message(),
          r.rawExcerpt());
    }
    Article a = parsed.article();
    return RowFactory.create(record.inputFile(), record.format(), record.recordKey(), a.id(),
        a.title(), a.source(), a.url(), a.publishedAt(), a.text(), null, null, null, null);
  }

  public static InputRecord toRecord(Row row) {
    String inputFile = row.getString(0);
    String format = row.getString(1);
    long key = row.getLong(2);
    if (!row.isNullAt(10)) {
      return new InputRecord(inputFile, format, key, ParsedRecord.rejected(new Reject(
          row.getString(3), inputFile, row.getString(9), row.getString(10), row.getString(11),
          row.getString(12))));
    }
    return new InputRecord(inputFile, format, key, ParsedRecord.of(new Article(row.getString(3),
        row.getString(4), row.getString(8), row.getString(5), row.getString(6),
        row.getString(7))));
  }
}

package io.saidwho.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of the processed dataset that every table is cut from: one row per input record,
 * typed per table, so that no column is carried for a table it does not belong to.
 *
 * <p>A row holds its input record's {@link #RECORD_KEY} and either an {@link #ARTICLE} struct with
 * its {@link #SENTENCES} and {@link #QUOTES} arrays, its {@link #EXTRACTED_TEXT} (only when its
 * format extracted the text, e.g. HTML) and the core's stage times, or a {@link #REJECT} struct
 * (the other columns null). The struct fields are the columns the task computes, named and typed
 * as in the table DDL of {@link Schemas}; the article id (and input file) of sentences, quotes and
 * article texts, {@code run_id}, {@code batch_date} and {@code published_at} (from {@link
 * #PUBLISHED_AT_MICROS}) are added when a table is cut out. A quote struct also holds its exact
 * key id ({@code QuoteOccurrences.EXACT_ID}, null for non-speech), computed once in the task that
 * finds the quote and read by the cross-article steps; it is not a column of {@code quotes}.
 */
public final class Processed {

  /** The input record a row comes from ({@code InputRecord.recordKey}); not written. */
  public static final String RECORD_KEY = "record_key";
  public static final String ARTICLE = "article";
  public static final String SENTENCES = "sentences";
  public static final String QUOTES = "quotes";
  public static final String REJECT = "reject";
  public static final String EXTRACTED_TEXT = "extracted_text";
  public static final String ANALYZE_NANOS = "analyze_nanos";
  public static final String QUOTES_NANOS = "quotes_nanos";
  public static final String ATTRIBUTION_NANOS = "attribution_nanos";

  /**
   * Rows per batch of Spark's in-memory cache of the processed dataset. A row is a whole article
   * (about 8-10 KB encoded with its sentences and quotes), so a batch of 32 is about 300 KB, its
   * largest column buffer (the sentences) about 160 KB. Batches must stay small because a block
   * spilled to disk is written and read back with Java serialization, whose stream keeps the last
   * 100 objects it handled (Spark resets it every 100): at 200 rows (about 2 MB a batch, column
   * buffers of 1-4 MB, humongous objects for G1) a task writing or reading a spilled block held up
   * to 200-400 MB that Spark's memory manager does not count, and 100,000 articles ran out of a
   * 1 GiB heap in the write tasks (heap dump: 630 MiB in 1-4 MB cached column buffers).
   */
  public static final int CACHE_BATCH_ROWS = 32;

  /** The article struct's publication time, as microseconds since the epoch. */
  public static final String PUBLISHED_AT_MICROS = "published_at_micros";

  public static final StructType ARTICLE_TYPE = fields(Schemas.ARTICLES_DDL,
      "article_id", "input_file", "title", "source", "url", "char_count", "token_count",
      "sentence_count", "quote_count", "attributed_count")
      .add(PUBLISHED_AT_MICROS, DataTypes.LongType, true);

  public static final StructType SENTENCE_TYPE = fields(Schemas.SENTENCES_DDL,
      "sentence_index", "paragraph_index", "begin_char", "end_char", "text");

  public static final StructType QUOTE_TYPE = fields(Schemas.QUOTES_DDL,
      "quote_id", "begin_char", "end_char", "text", "kind", "closed", "sentence_begin",
      "sentence_end", "speaker", "speaker_title", "speaker_type", "speaker_mention",
      "mention_begin", "mention_end", "cue", "sieve", "confidence")
      .add(QuoteOccurrences.EXACT_ID, DataTypes.LongType, true);

  public static final StructType REJECT_TYPE = fields(Schemas.REJECTS_DDL,
      "article_id", "input_file", "stage", "reason", "message", "raw_excerpt");

  /** One row per input record, see the class comment. */
  public static final StructType SCHEMA = new StructType()
      .add(RECORD_KEY, DataTypes.LongType, false)
      .add(ARTICLE, ARTICLE_TYPE, true)
      .add(SENTENCES, ArrayType.apply(SENTENCE_TYPE, false), true)
      .add(QUOTES, ArrayType.apply(QUOTE_TYPE, false), true)
      .add(REJECT, REJECT_TYPE, true)
      .add(EXTRACTED_TEXT, DataTypes.StringType, true)
      .add(ANALYZE_NANOS, DataTypes.LongType, true)
      .add(QUOTES_NANOS, DataTypes.LongType, true)
      .add(ATTRIBUTION_NANOS, DataTypes.LongType, true);

  private Processed() {}

  /** The named fields of a table's DDL, in the given order. */
  private static StructType fields(String tableDdl, String... names) {
    StructType table = StructType.fromDDL(tableDdl);
    List<StructField> out = new ArrayList<>();
    for (String name : names) {
      out.add(table.apply(name));
    }
    return DataTypes.createStructType(out);
  }
}

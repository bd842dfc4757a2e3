package io.saidwho.io;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of every output table, as Spark DDL (printed in the README; pinned by SchemaIT).
 * The processed dataset they are all cut from is {@link Processed}.
 */
public final class Schemas {

  public static final String ARTICLES = "articles";
  public static final String SENTENCES = "sentences";
  public static final String QUOTES = "quotes";
  public static final String SPEAKERS = "speakers";
  public static final String REJECTS = "rejects";
  public static final String ARTICLE_TEXTS = "article_texts";
  public static final String QUOTATIONS = "quotations";

  /** The tables, in the order they are written. */
  public static final List<String> TABLES =
      List.of(ARTICLES, SENTENCES, QUOTES, SPEAKERS, REJECTS, ARTICLE_TEXTS, QUOTATIONS);

  public static final String ARTICLES_DDL =
      "article_id STRING, input_file STRING, title STRING, source STRING, url STRING,"
          + " published_at TIMESTAMP, char_count INT, token_count INT, sentence_count INT, quote_count INT,"
          + " attributed_count INT, run_id STRING, batch_date DATE";

  public static final String SENTENCES_DDL =
      "article_id STRING, sentence_index INT, paragraph_index INT, begin_char INT, end_char INT,"
          + " text STRING, run_id STRING, batch_date DATE";

  public static final String QUOTES_DDL =
      "quote_id STRING, article_id STRING, begin_char INT, end_char INT, text STRING,"
          + " kind STRING, closed BOOLEAN, sentence_begin INT, sentence_end INT, speaker STRING,"
          + " speaker_title STRING, speaker_type STRING, speaker_mention STRING,"
          + " mention_begin INT, mention_end INT, cue STRING, sieve STRING, confidence DOUBLE,"
          + " quotation_id STRING, speaker_id STRING, run_id STRING, batch_date DATE";

  public static final String SPEAKERS_DDL =
      "speaker_id STRING, speaker STRING, aliases ARRAY<STRING>, speaker_type STRING,"
          + " quote_count BIGINT, article_count BIGINT, run_id STRING, batch_date DATE";

  public static final String REJECTS_DDL =
      "article_id STRING, input_file STRING, stage STRING, reason STRING, message STRING,"
          + " raw_excerpt STRING, run_id STRING, batch_date DATE";

  /** The text every offset of an article points into, when its format extracted it (HTML). */
  public static final String ARTICLE_TEXTS_DDL =
      "article_id STRING, input_file STRING, text STRING, run_id STRING, batch_date DATE";

  /** One row per distinct speech quotation of the batch (see {@code CrossArticleTables}). */
  public static final String QUOTATIONS_DDL =
      "quotation_id STRING, text STRING, word_count INT, occurrences BIGINT,"
          + " article_count BIGINT, first_published_at TIMESTAMP, last_published_at TIMESTAMP,"
          + " speaker_id STRING, speaker STRING, speaker_share DOUBLE,"
          + " speaker_votes ARRAY<STRUCT<speaker_id: STRING, speaker: STRING, count: BIGINT>>,"
          + " run_id STRING, batch_date DATE";

  private Schemas() {}

  /** The DDL of a table by name. */
  public static String ddl(String table) {
    return switch (table) {
      case ARTICLES -> ARTICLES_DDL;
      case SENTENCES -> SENTENCES_DDL;
      case QUOTES -> QUOTES_DDL;
      case SPEAKERS -> SPEAKERS_DDL;
      case REJECTS -> REJECTS_DDL;
      case ARTICLE_TEXTS -> ARTICLE_TEXTS_DDL;
      case QUOTATIONS -> QUOTATIONS_DDL;
      default -> throw new IllegalArgumentException("Unknown table: " + table);
    };
  }

  /** A table's schema, parsed from its DDL. */
  public static StructType schema(String table) {
    return StructType.fromDDL(ddl(table));
  }
}

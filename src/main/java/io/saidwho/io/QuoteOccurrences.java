package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.udf;

import io.saidwho.core.quote.QuoteKind;
import io.saidwho.resolve.QuoteKey;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The occurrences the cross-article tables are built from: one row per speech quote ({@code
 * direct} or {@code partial}; {@code non-speech} quotes stay out) of the processed dataset, with
 * the quote's exact key id (a long, {@link QuoteKey#longIdOf}; null when its text has no words)
 * and its article's {@code published_at}. Columns: {@code article_id, begin_char, text, speaker,
 * speaker_type, exact_id, published_at_micros}. Stateless.
 */
public final class QuoteOccurrences {

  /**
   * The id of a quote's own normalised text, as a long ({@link QuoteKey#longIdOf}), before
   * containment merges it into a longer one.
   */
  public static final String EXACT_ID = "exact_id";

  private static final UserDefinedFunction NORMALISE =
      udf((UDF1<String, String>) QuoteKey::normalise, DataTypes.StringType);
  private static final UserDefinedFunction WORD_COUNT = udf(
      (UDF1<String, Integer>) text -> QuoteKey.wordCount(QuoteKey.normalise(text)),
      DataTypes.IntegerType);

  private QuoteOccurrences() {}

  /**
   * The speech quotes of {@code processed} ({@link Processed#SCHEMA}), with their article's id and
   * {@code published_at_micros} from the same row: an explode and a filter, no shuffle.
   */
  public static Dataset<Row> of(Dataset<Row> processed) {
    String article = Processed.ARTICLE + ".";
    return processed
        .select(col(article + "article_id").as("article_id"),
            col(article + Processed.PUBLISHED_AT_MICROS).as(Processed.PUBLISHED_AT_MICROS),
            explode(col(Processed.QUOTES)).as("quote"))
        .select(col("article_id"), col(Processed.PUBLISHED_AT_MICROS), col("quote.begin_char"),
            col("quote.text"), col("quote.kind"), col("quote.speaker"), col("quote.speaker_type"),
            col("quote." + EXACT_ID))
        .filter(isSpeech())
        .select(col("article_id"), col("begin_char"), col("text"), col("speaker"),
            col("speaker_type"), col(EXACT_ID), col(Processed.PUBLISHED_AT_MICROS));
  }

  /**
   * The exact key id of a quote of {@code kind} with {@code text}: of its text for speech quotes
   * ({@link QuoteKey#longIdOf}, null when it has no words), null for non-speech. The processing
   * task stores it in the quote struct ({@link Processed#QUOTE_TYPE}), so it is computed once per
   * quote.
   */
  public static Long exactId(QuoteKind kind, String text) {
    return kind == QuoteKind.NON_SPEECH ? null : QuoteKey.longIdOf(text);
  }

  /** The normalised words of {@code text} ({@link QuoteKey#normalise}). */
  static Column normalised(Column text) {
    return NORMALISE.apply(text);
  }

  /** The number of normalised words of {@code text} ({@link QuoteKey#wordCount}). */
  static Column wordCount(Column text) {
    return WORD_COUNT.apply(text);
  }

  private static Column isSpeech() {
    return col("kind").notEqual(QuoteKind.NON_SPEECH.label());
  }
}

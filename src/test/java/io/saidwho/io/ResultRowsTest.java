package io.saidwho.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.ArticleResult;
import io.saidwho.core.quote.QuoteKind;
import io.saidwho.core.text.Article;
import io.saidwho.io.input.InputRecord;
import io.saidwho.models.NlpModels;
import io.saidwho.resolve.QuoteKey;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.junit.jupiter.api.Test;

/**
 * One processed row per input record: an article row carries its sentences and quotes as arrays,
 * a reject row only the reject struct; both encode with the processed schema and read back the
 * same (no Spark session: the encoder alone).
 */
class ResultRowsTest {

  private static final ExpressionEncoder<Row> ENCODER =
      bound(ExpressionEncoder.apply(Processed.SCHEMA));

  /** The encoder bound to its own schema (Scala default arguments, spelt out for Java). */
  private static ExpressionEncoder<Row> bound(ExpressionEncoder<Row> encoder) {
    return encoder.resolveAndBind(encoder.resolveAndBind$default$1(),
        encoder.resolveAndBind$default$2());
  }

  private static Row roundTrip(Row row) {
    return ENCODER.createDeserializer().apply(ENCODER.createSerializer().apply(row));
  }

  @Test
  void anArticleIsOneRowWithItsSentencesAndQuotes() {
    String text = "Mayor Ana Ruiz spoke on Monday.\n\"We will open the bridge,\" Ruiz said.\n";
    Article input = new Article("a-1.txt", "Title", text, null, null, "2024-05-17");
    ArticleResult result = NlpModels.shared().newProcessor().process(input);
    InputRecord record = new InputRecord("file:/in/a-1.txt", "txt", 7L, ParsedRecord.of(input));

    Row row = roundTrip(ResultRows.of(result, record));

    Row article = row.getAs(Processed.ARTICLE);
    List<Row> sentences = row.getList(row.fieldIndex(Processed.SENTENCES));
    List<Row> quotes = row.getList(row.fieldIndex(Processed.QUOTES));
    assertThat((long) row.getAs(Processed.RECORD_KEY)).isEqualTo(7L);
    assertThat((String) article.getAs("article_id")).isEqualTo("a-1.txt");
    assertThat((String) article.getAs("input_file")).isEqualTo("file:/in/a-1.txt");
    assertThat((int) article.getAs("sentence_count")).isEqualTo(sentences.size()).isEqualTo(2);
    assertThat((int) article.getAs("quote_count")).isEqualTo(quotes.size()).isEqualTo(1);
    Row second = sentences.get(1);
    assertThat((String) second.getAs("text"))
        .isEqualTo(text.substring(second.getAs("begin_char"), second.getAs("end_char")))
        .startsWith("\"We will");
    Row quote = quotes.get(0);
    assertThat((String) quote.getAs("text"))
        .isEqualTo(text.substring(quote.getAs("begin_char"), quote.getAs("end_char")))
        .isEqualTo("We will open the bridge,");
    assertThat((String) quote.getAs("quote_id"))
        .isEqualTo(QuoteIds.of("a-1.txt", quote.getAs("begin_char"), quote.getAs("end_char")));
    assertThat((Long) quote.getAs(QuoteOccurrences.EXACT_ID))
        .as("a speech quote carries its exact key id, computed once")
        .isEqualTo(QuoteKey.longIdOf("We will open the bridge,"));
    assertThat((Object) row.getAs(Processed.REJECT)).isNull();
    assertThat((Object) row.getAs(Processed.EXTRACTED_TEXT)).as("txt keeps its own text").isNull();
    assertThat((long) row.getAs(Processed.ANALYZE_NANOS)).isPositive();
  }

  @Test
  void aNonSpeechQuoteHasNoExactKeyId() {
    String text = "The council approved the \"green corridor\" plan on Monday.\n";
    Article input = new Article("c-1.txt", "Title", text, null, null, "2024-05-17");
    ArticleResult result = NlpModels.shared().newProcessor().process(input);
    InputRecord record = new InputRecord("file:/in/c-1.txt", "txt", 3L, ParsedRecord.of(input));

    Row row = roundTrip(ResultRows.of(result, record));

    List<Row> quotes = row.getList(row.fieldIndex(Processed.QUOTES));
    assertThat(quotes).hasSize(1);
    assertThat((String) quotes.get(0).getAs("kind")).isEqualTo(QuoteKind.NON_SPEECH.label());
    assertThat((Object) quotes.get(0).getAs(QuoteOccurrences.EXACT_ID)).isNull();
  }

  @Test
  void aRejectIsOneRowWithOnlyTheRejectStruct() {
    Reject reject = RejectReason.EMPTY_TEXT.reject("b.txt", "file:/in/b.txt", "empty", " ");

    Row row = roundTrip(ResultRows.of(reject, 9L));

    Row struct = row.getAs(Processed.REJECT);
    assertThat((long) row.getAs(Processed.RECORD_KEY)).isEqualTo(9L);
    assertThat((String) struct.getAs("reason")).isEqualTo(reject.reason());
    assertThat((String) struct.getAs("input_file")).isEqualTo("file:/in/b.txt");
    assertThat((Object) row.getAs(Processed.ARTICLE)).isNull();
    assertThat((Object) row.getAs(Processed.SENTENCES)).isNull();
    assertThat((Object) row.getAs(Processed.QUOTES)).isNull();
  }
}

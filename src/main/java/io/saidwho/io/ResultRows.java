package io.saidwho.io;

import io.saidwho.core.ArticleResult;
import io.saidwho.core.AttributedQuote;
import io.saidwho.core.attribution.Attribution;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.text.Article;
import io.saidwho.core.text.Sentence;
import io.saidwho.io.input.InputRecord;
import org.apache.spark.sql.Row;
import scala.collection.immutable.ArraySeq;

/**
 * Maps the core's {@link ArticleResult} or a {@link Reject} to one row of the processed dataset
 * ({@link Processed#SCHEMA}), with the record key of the input record it comes from: the article
 * struct with its sentence and quote arrays, its extracted text when its format extracted one, and
 * its stage times; or the reject struct. Field values follow the table DDL in {@link Schemas}.
 * Stateless.
 */
public final class ResultRows {

  private ResultRows() {}

  /** The processed row of an article read from {@code record}. */
  public static Row of(ArticleResult result, InputRecord record) {
    Article article = result.article();
    Row[] sentences = new Row[result.sentences().size()];
    for (int i = 0; i < sentences.length; i++) {
      sentences[i] = sentenceRow(article, result.sentences().get(i));
    }
    Row[] quotes = new Row[result.quotes().size()];
    for (int i = 0; i < quotes.length; i++) {
      quotes[i] = quoteRow(article, result.quotes().get(i));
    }
    // The row encoder takes a Scala Seq for an array column; this one wraps without a copy.
    return new ResultRowBuilder(Processed.SCHEMA)
        .set(Processed.RECORD_KEY, record.recordKey())
        .set(Processed.ARTICLE, articleRow(result, record))
        .set(Processed.SENTENCES, ArraySeq.unsafeWrapArray(sentences))
        .set(Processed.QUOTES, ArraySeq.unsafeWrapArray(quotes))
        .set(Processed.EXTRACTED_TEXT, record.hasExtractedText() ? article.text() : null)
        .set(Processed.ANALYZE_NANOS, result.nanos().analyze())
        .set(Processed.QUOTES_NANOS, result.nanos().quotes())
        .set(Processed.ATTRIBUTION_NANOS, result.nanos().attribution())
        .build();
  }

  /** The processed row of a reject of the input record {@code recordKey}. */
  public static Row of(Reject reject, long recordKey) {
    Row row = new ResultRowBuilder(Processed.REJECT_TYPE)
        .set("article_id", reject.articleId())
        .set("input_file", reject.inputFile())
        .set("stage", reject.stage())
        .set("reason", reject.reason())
        .set("message", reject.message())
        .set("raw_excerpt", reject.rawExcerpt())
        .build();
    return new ResultRowBuilder(Processed.SCHEMA)
        .set(Processed.RECORD_KEY, recordKey)
        .set(Processed.REJECT, row)
        .build();
  }

  private static Row articleRow(ArticleResult result, InputRecord record) {
    Article article = result.article();
    int attributed = 0;
    for (AttributedQuote quote : result.quotes()) {
      attributed += quote.attribution().hasSpeaker() ? 1 : 0;
    }
    return new ResultRowBuilder(Processed.ARTICLE_TYPE)
        .set("article_id", article.id())
        .set("input_file", record.inputFile())
        .set("title", article.title())
        .set("source", article.source())
        .set("url", article.url())
        .set(Processed.PUBLISHED_AT_MICROS, PublishedAt.toMicros(article.publishedAt()))
        .set("char_count", article.text().length())
        .set("token_count", result.tokenCount())
        .set("sentence_count", result.sentences().size())
        .set("quote_count", result.quotes().size())
        .set("attributed_count", attributed)
        .build();
  }

  private static Row sentenceRow(Article article, Sentence sentence) {
    return new ResultRowBuilder(Processed.SENTENCE_TYPE)
        .set("sentence_index", sentence.index())
        .set("paragraph_index", sentence.paragraphIndex())
        .set("begin_char", sentence.begin())
        .set("end_char", sentence.end())
        .set("text", sentence.span().cover(article.text()))
        .build();
  }

  private static Row quoteRow(Article article, AttributedQuote attributed) {
    Quote quote = attributed.quote();
    Attribution who = attributed.attribution();
    String text = quote.span().cover(article.text());
    return new ResultRowBuilder(Processed.QUOTE_TYPE)
        .set("quote_id", QuoteIds.of(article.id(), quote.begin(), quote.end()))
        .set("begin_char", quote.begin())
        .set("end_char", quote.end())
        .set("text", text)
        .set("kind", quote.kind().label())
        .set("closed", quote.closed())
        .set("sentence_begin", attributed.sentenceBegin())
        .set("sentence_end", attributed.sentenceEnd())
        .set("speaker", who.speaker())
        .set("speaker_title", who.speakerTitle())
        .set("speaker_type", who.speakerType() == null ? null : who.speakerType().label())
        .set("speaker_mention", who.mention())
        .set("mention_begin", who.mentionSpan() == null ? null : who.mentionSpan().begin())
        .set("mention_end", who.mentionSpan() == null ? null : who.mentionSpan().end())
        .set("cue", who.cue())
        .set("sieve", who.sieve())
        .set("confidence", who.confidence())
        .set(QuoteOccurrences.EXACT_ID, QuoteOccurrences.exactId(quote.kind(), text))
        .build();
  }
}

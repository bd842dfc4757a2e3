package io.saidwho.io;

import io.saidwho.core.ArticleResult;
import io.saidwho.core.AttributedQuote;
import io.saidwho.core.attribution.Attribution;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.text.Article;
import io.saidwho.core.text.Sentence;
import io.saidwho.io.input.InputRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Maps the core's {@link ArticleResult} and a {@link Reject} to rows of the processed dataset
 * ({@link Schemas#RESULT}): one article row, one row per sentence, one per quote; or one reject
 * row. Column values follow the table DDL in {@link Schemas}. Stateless.
 */
public final class ResultRows {

  private ResultRows() {}

  /**
   * The article row, its text row when its format extracted the text, then its sentence rows,
   * then its quote rows, each with the record key of the input record they come from.
   */
  public static List<Row> of(ArticleResult result, InputRecord record) {
    Article article = result.article();
    List<Row> rows = new ArrayList<>(1 + result.sentences().size() + result.quotes().size());
    rows.add(articleRow(result, record));
    if (record.hasExtractedText()) {
      rows.add(new ResultRowBuilder(RecordTypes.ARTICLE_TEXT)
          .set(Schemas.RECORD_KEY, record.recordKey())
          .set("article_id", article.id())
          .set("input_file", record.inputFile())
          .set("text", article.text())
          .build());
    }
    for (Sentence sentence : result.sentences()) {
      rows.add(sentenceRow(article, sentence, record.recordKey()));
    }
    for (AttributedQuote quote : result.quotes()) {
      rows.add(quoteRow(article, quote, record.recordKey()));
    }
    return rows;
  }

  public static Row of(Reject reject, long recordKey) {
    return new ResultRowBuilder(RecordTypes.REJECT)
        .set(Schemas.RECORD_KEY, recordKey)
        .set("article_id", reject.articleId())
        .set("input_file", reject.inputFile())
        .set("stage", reject.stage())
        .set("reason", reject.reason())
        .set("message", reject.message())
        .set("raw_excerpt", reject.rawExcerpt())
        .build();
  }

  private static Row articleRow(ArticleResult result, InputRecord record) {
    Article article = result.article();
    int attributed = 0;
    for (AttributedQuote quote : result.quotes()) {
      attributed += quote.attribution().hasSpeaker() ? 1 : 0;
    }
    return new ResultRowBuilder(RecordTypes.ARTICLE)
        .set(Schemas.RECORD_KEY, record.recordKey())
        .set("article_id", article.id())
        .set("input_file", record.inputFile())
        .set("title", article.title())
        .set("source", article.source())
        .set("url", article.url())
        .set(Schemas.PUBLISHED_AT_MICROS, PublishedAt.toMicros(article.publishedAt()))
        .set("char_count", article.text().length())
        .set("token_count", result.tokenCount())
        .set("sentence_count", result.sentences().size())
        .set("quote_count", result.quotes().size())
        .set("attributed_count", attributed)
        .set(Schemas.ANALYZE_NANOS, result.nanos().analyze())
        .set(Schemas.QUOTES_NANOS, result.nanos().quotes())
        .set(Schemas.ATTRIBUTION_NANOS, result.nanos().attribution())
        .build();
  }

  private static Row sentenceRow(Article article, Sentence sentence, long recordKey) {
    return new ResultRowBuilder(RecordTypes.SENTENCE)
        .set(Schemas.RECORD_KEY, recordKey)
        .set("article_id", article.id())
        .set("sentence_index", sentence.index())
        .set("paragraph_index", sentence.paragraphIndex())
        .set("begin_char", sentence.begin())
        .set("end_char", sentence.end())
        .set("text", sentence.span().cover(article.text()))
        .build();
  }

  private static Row quoteRow(Article article, AttributedQuote attributed, long recordKey) {
    Quote quote = attributed.quote();
    Attribution who = attributed.attribution();
    return new ResultRowBuilder(RecordTypes.QUOTE)
        .set(Schemas.RECORD_KEY, recordKey)
        .set("quote_id", QuoteIds.of(article.id(), quote.begin(), quote.end()))
        .set("article_id", article.id())
        .set("begin_char", quote.begin())
        .set("end_char", quote.end())
        .set("text", quote.span().cover(article.text()))
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
        .build();
  }
}

package io.saidwho.core;

import io.saidwho.core.attribution.Attribution;
import io.saidwho.core.attribution.Attributor;
import io.saidwho.core.attribution.SieveAttributor;
import io.saidwho.core.attribution.Sieves;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.nlp.TextAnalyzer;
import io.saidwho.core.quote.MarkPairQuoteFinder;
import io.saidwho.core.quote.PosPatternQuoteClassifier;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteClassifier;
import io.saidwho.core.quote.QuoteFinder;
import io.saidwho.core.text.Article;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The whole core for one article: sentences and tokens, quotes, their kinds, their speakers.
 *
 * <p>Needs: an {@link Article}. Produces: an {@link ArticleResult}. Pure: no Spark, no I/O. Not
 * thread-safe (holds the partition's OpenNLP tools): create one per partition or thread.
 */
public final class ArticleProcessor {

  private final TextAnalyzer analyzer;
  private final QuoteFinder finder;
  private final QuoteClassifier classifier;
  private final Attributor attributor;

  public ArticleProcessor(
      TextAnalyzer analyzer, QuoteFinder finder, QuoteClassifier classifier, Attributor attributor) {
    this.analyzer = analyzer;
    this.finder = finder;
    this.classifier = classifier;
    this.attributor = attributor;
  }

  /** The standard pipeline over already loaded models (load them once per JVM). */
  public static ArticleProcessor standard(
      SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    return standard(sentences, tokens, pos, lemmas, Sieves.DEFAULT_ORDER);
  }

  /** The standard pipeline with the attribution sieves in the given order (by sieve name). */
  public static ArticleProcessor standard(
      SentenceModel sentences,
      TokenizerModel tokens,
      POSModel pos,
      LemmatizerModel lemmas,
      List<String> sieveOrder) {
    return new ArticleProcessor(
        new TextAnalyzer(sentences, tokens, pos, lemmas),
        new MarkPairQuoteFinder(),
        new PosPatternQuoteClassifier(),
        new SieveAttributor(Sieves.byName(sieveOrder)));
  }

  public ArticleResult process(Article article) {
    long t0 = System.nanoTime();
    AnalyzedText text = analyzer.analyze(article.text());
    long t1 = System.nanoTime();
    List<Quote> quotes = classifier.classify(text, finder.find(article.text()));
    long t2 = System.nanoTime();
    List<Attribution> attributions = attributor.attribute(text, quotes);
    long t3 = System.nanoTime();
    return new ArticleResult(
        article,
        text.sentences(),
        attach(text, quotes, attributions),
        text.tokenCount(),
        text.taggedSentenceCount(),
        new StageNanos(t1 - t0, t2 - t1, t3 - t2));
  }

  private static List<AttributedQuote> attach(
      AnalyzedText text, List<Quote> quotes, List<Attribution> attributions) {
    List<AttributedQuote> out = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      int first = text.sentenceFrom(quote.begin());
      int last = Math.max(first, text.sentenceFrom(Math.max(quote.begin(), quote.end() - 1)) + 1);
      int end = Math.min(last, text.sentences().size());
      out.add(new AttributedQuote(quote, attributions.get(i), Math.min(first, end), end));
    }
    return out;
  }
}

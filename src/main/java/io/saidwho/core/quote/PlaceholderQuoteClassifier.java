package io.saidwho.core.quote;

import io.saidwho.core.nlp.AnalyzedText;
import java.util.List;

/** TEMPORARY: keeps the finder's kinds; to be replaced by the real classifier (issue 3). */
public final class PlaceholderQuoteClassifier implements QuoteClassifier {

  @Override
  public List<Quote> classify(AnalyzedText text, List<Quote> quotes) {
    return quotes;
  }
}

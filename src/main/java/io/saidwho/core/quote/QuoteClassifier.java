package io.saidwho.core.quote;

import io.saidwho.core.nlp.AnalyzedText;
import java.util.List;

/**
 * Decides each quote's {@link QuoteKind} (direct, partial, non-speech) from its words and their
 * context. Returns a list of the same size and order as {@code quotes}.
 */
public interface QuoteClassifier {

  List<Quote> classify(AnalyzedText text, List<Quote> quotes);
}

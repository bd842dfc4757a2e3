package io.saidwho.core.quote;

import java.util.List;

/**
 * Finds quoted spans in an article's text by char offsets (on the whole text, not per sentence,
 * so quotes may run across sentences and paragraphs).
 *
 * <p>Needs: the original text. Produces: quotes sorted by begin, not overlapping, every span
 * inside the text. Never throws on any input. Implementations are stateless and thread-safe.
 */
public interface QuoteFinder {

  List<Quote> find(String text);
}

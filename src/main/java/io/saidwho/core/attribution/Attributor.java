package io.saidwho.core.attribution;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import java.util.List;

/**
 * Attributes quotes to speakers.
 *
 * <p>Needs: the analyzed article and its quotes (sorted, with kinds). Produces: one {@link
 * Attribution} per quote, same order; {@link Attribution#none()} where no speaker was found. Never
 * throws on any input.
 */
public interface Attributor {

  List<Attribution> attribute(AnalyzedText text, List<Quote> quotes);
}

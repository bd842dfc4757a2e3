package io.saidwho.core.attribution;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import java.util.ArrayList;
import java.util.List;

/** TEMPORARY: attributes nothing; to be replaced by the sieve attributor (issue 3). */
public final class PlaceholderAttributor implements Attributor {

  @Override
  public List<Attribution> attribute(AnalyzedText text, List<Quote> quotes) {
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      out.add(Attribution.none());
    }
    return out;
  }
}

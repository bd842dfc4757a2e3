package io.saidwho.core.quote;

import io.saidwho.core.text.QuoteMarkNormalizer;
import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** TEMPORARY: pairs double quote marks; to be replaced by the real finder (issue 3). */
public final class PlaceholderQuoteFinder implements QuoteFinder {

  @Override
  public List<Quote> find(String text) {
    List<Quote> quotes = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      if (QuoteMarkNormalizer.map(text.charAt(i)) == '"') {
        if (open < 0) {
          open = i;
        } else {
          quotes.add(new Quote(new TextSpan(open + 1, i), QuoteKind.DIRECT, true));
          open = -1;
        }
      }
    }
    return quotes;
  }
}

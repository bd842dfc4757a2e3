package io.saidwho.core.attribution;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.nlp.TextAnalyzer;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteKind;
import io.saidwho.core.text.TextSpan;
import io.saidwho.models.NlpModels;
import java.util.ArrayList;
import java.util.List;

/** Test helper: runs sieves over a text whose double-quoted spans are the quotes. */
final class Attributions {

  private Attributions() {}

  /** Attributions of every double-quoted span, all direct, by the named sieves in order. */
  static List<Attribution> of(String text, String... sieves) {
    return of(text, quotes(text, QuoteKind.DIRECT), sieves);
  }

  static List<Attribution> of(String text, List<Quote> quotes, String... sieves) {
    NlpModels models = NlpModels.shared();
    AnalyzedText analyzed =
        new TextAnalyzer(models.sentences(), models.tokens(), models.pos(), models.lemmas()).analyze(text);
    return new SieveAttributor(Sieves.byName(List.of(sieves))).attribute(analyzed, quotes);
  }

  /** The spans between paired double quote marks (straight or curly), with the given kind. */
  static List<Quote> quotes(String text, QuoteKind kind) {
    List<Quote> quotes = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        if (open < 0) {
          open = i;
        } else {
          quotes.add(new Quote(new TextSpan(open + 1, i), kind, true));
          open = -1;
        }
      }
    }
    return quotes;
  }
}

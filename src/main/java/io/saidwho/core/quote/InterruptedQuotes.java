package io.saidwho.core.quote;

import io.saidwho.core.nlp.AnalyzedText;
import java.util.List;

/**
 * Finds the pieces of an interrupted quote ("“Ultimately,” Blinken said, “it is up to ...”"): two
 * neighbouring quotes in one paragraph, the first closed and ending with a comma, separated by a
 * short attribution that ends with a comma, a colon or a period ("“…,” she said. “Not one
 * person.”"). When one piece is {@code direct}, every piece becomes {@code direct} (the guidelines'
 * rule); {@code non-speech} quotes are left alone. A first piece built into the writer's phrase
 * ("the country was “proud beyond words,” adding: “…”") is a fragment, not a piece. Stateless and thread-safe.
 */
final class InterruptedQuotes {

  /** The rule name recorded on a piece this class made direct. */
  static final String RULE = "interrupted-piece";

  private InterruptedQuotes() {}

  /** Rewrites the kinds in {@code quotes} (sorted, non-overlapping) in place. */
  static void link(AnalyzedText text, List<Quote> quotes, int maxWords) {
    for (int i = 0; i + 1 < quotes.size(); i++) {
      spread(text, quotes, i, maxWords);
    }
    for (int i = quotes.size() - 2; i >= 0; i--) {
      spread(text, quotes, i, maxWords);
    }
  }

  private static void spread(AnalyzedText text, List<Quote> quotes, int i, int maxWords) {
    Quote a = quotes.get(i);
    Quote b = quotes.get(i + 1);
    boolean oneDirect = a.kind() == QuoteKind.DIRECT || b.kind() == QuoteKind.DIRECT;
    boolean noneTitle = a.kind() != QuoteKind.NON_SPEECH && b.kind() != QuoteKind.NON_SPEECH;
    if (oneDirect && noneTitle && areLinked(text, a, b, maxWords)) {
      quotes.set(i, a.kind() == QuoteKind.DIRECT ? a : a.withKind(QuoteKind.DIRECT, RULE));
      quotes.set(i + 1, b.kind() == QuoteKind.DIRECT ? b : b.withKind(QuoteKind.DIRECT, RULE));
    }
  }

  static boolean areLinked(AnalyzedText analyzed, Quote a, Quote b, int maxWords) {
    String text = analyzed.text();
    if (!a.closed() || lastNonBlank(text, a.begin(), a.end()) != ',') {
      return false;
    }
    if (LeadIn.before(analyzed, a.begin() - 1).type() == LeadIn.Type.WORD) {
      return false;
    }
    int from = a.end() + 1;
    int to = b.begin() - 1;
    if (to <= from || ",:.".indexOf(lastNonBlank(text, from, to)) < 0) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (MarkPairQuoteFinder.isLineBreak(c)) {
        return false;
      }
      boolean letter = Character.isLetterOrDigit(c);
      words += letter && !inWord ? 1 : 0;
      inWord = letter;
    }
    return words > 0 && words <= maxWords;
  }

  private static char lastNonBlank(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!MarkContext.isBlank(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }
}

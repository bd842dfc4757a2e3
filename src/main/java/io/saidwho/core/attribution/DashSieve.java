package io.saidwho.core.attribution;

import io.saidwho.core.name.NameParts;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.text.TextSpan;

/**
 * A dash and a name right after the closing mark: {@code “…” — Jane Roe} or {@code "…" - Jane Roe,
 * a farmer}. Reads the raw text (no tagging); the name runs to the next comma or line end.
 */
public final class DashSieve implements AttributionSieve {

  public static final String NAME = "dash";

  /** A conventional signature, but dashes also open asides, so below adjacency. */
  public static final double CONFIDENCE = 0.8;

  private static final int MAX_NAME = 80;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(AttributionContext context, int q) {
    Quote quote = context.quotes().get(q);
    String text = context.text().text();
    int i = skipSpaces(text, quote.end() + 1);
    if (!quote.closed() || i >= text.length() || !isDash(text.charAt(i))) {
      return null;
    }
    int begin = skipSpaces(text, i + 1);
    int end = begin;
    while (end < text.length() && end - begin < MAX_NAME && !isNameEnd(text.charAt(end))) {
      end++;
    }
    String phrase = text.substring(begin, end).trim();
    if (phrase.isEmpty()
        || !NameWords.isCapitalised(phrase)
        || NameWords.isFunctionWord(phrase.split("\\s+")[0])) {
      return null;
    }
    NameParts parts = NameParts.parse(phrase);
    if (!parts.hasName()) {
      return null;
    }
    TextSpan span = new TextSpan(begin, begin + phrase.length());
    Mention mention = Mention.of(span, phrase, parts.name(), null);
    return context.named(
        parts, apposition(text, end, parts.title()), mention, null, NAME, CONFIDENCE);
  }

  private static String apposition(String text, int end, String title) {
    if (title != null || end >= text.length() || text.charAt(end) != ',') {
      return title;
    }
    int stop = end + 1;
    while (stop < text.length() && text.charAt(stop) != '\n' && text.charAt(stop) != ',') {
      stop++;
    }
    String role = text.substring(end + 1, stop).trim().replaceFirst("^(?i)(the|a|an)\\s+", "");
    return role.isEmpty() ? null : role.replaceAll("[.]$", "");
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
  }

  private static boolean isNameEnd(char c) {
    return c == ',' || c == '\n' || c == '\r' || c == ';' || c == '(' || c == '"' || c == '\u201C';
  }
}

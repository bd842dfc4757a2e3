package io.saidwho.core.attribution.cue;

import io.saidwho.core.name.NameParts;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.text.TextSpan;

/**
 * A dash and a name right after the closing mark ({@link Frame#DASH}): {@code “…” — Jane Roe} or
 * {@code "…" - Jane Roe, a farmer}, also on the line after a quote that closes its paragraph
 * ({@code “…”} then {@code - Jane Roe, tweeting.}: a short signature line). Reads the normalised text
 * (no tagging); the name runs to the next comma or line end, a role after its comma is the
 * apposition. Stateless.
 */
final class DashCue {

  private static final int MAX_NAME = 80;

  private DashCue() {}

  /** The signature after the quote, or null. */
  static Cue read(AnalyzedText analyzed, Quote quote) {
    String text = analyzed.normalizedText();
    int i = skipSpaces(text, quote.end() + 1);
    boolean nextLine = i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
    if (nextLine) {
      i = skipBlank(text, i);
    }
    if (!quote.closed() || i >= text.length() || !isDash(text.charAt(i))) {
      return null;
    }
    int begin = skipSpaces(text, i + 1);
    int end = begin;
    while (end < text.length() && end - begin < MAX_NAME && !isNameEnd(text.charAt(end))) {
      end++;
    }
    String phrase = withoutFinalStop(text.substring(begin, end).trim());
    if (phrase.isEmpty()
        || !NameWords.isCapitalised(phrase)
        || NameWords.isFunctionWord(phrase.split("\\s+")[0])
        || nextLine && !isSignatureLine(phrase)) {
      return null;
    }
    NameParts parts = NameParts.parse(phrase, begin);
    if (!parts.hasName()) {
      return null;
    }
    TextSpan span = new TextSpan(begin, begin + phrase.length());
    TextSpan role = parts.title() == null ? apposition(text, end) : null;
    String original = analyzed.text();
    Mention mention = new Mention(MentionKind.NAME, span, span.cover(original), parts.name(), parts,
        role == null ? null : role.cover(original), role);
    return new Cue(Frame.DASH, null, null, mention);
  }

  /** The role after the name's comma, to the line end or the next comma, without a final period. */
  private static TextSpan apposition(String text, int end) {
    if (end >= text.length() || text.charAt(end) != ',') {
      return null;
    }
    int stop = end + 1;
    while (stop < text.length() && text.charAt(stop) != '\n' && text.charAt(stop) != ',') {
      stop++;
    }
    int begin = skipSpaces(text, end + 1);
    int last = stop;
    while (last > begin && (text.charAt(last - 1) == '.' || Character.isWhitespace(text.charAt(last - 1)))) {
      last--;
    }
    return last > begin ? new TextSpan(begin, last) : null;
  }

  /**
   * "- Jane Roe." signs with a sentence's full stop, which is no part of the name; an abbreviation's
   * period stays ("Jane Roe Jr.", "Tom Hale Sr.").
   */
  private static String withoutFinalStop(String phrase) {
    if (!phrase.endsWith(".")) {
      return phrase;
    }
    String bare = phrase.substring(0, phrase.length() - 1);
    String last = bare.substring(bare.lastIndexOf(' ') + 1);
    boolean abbreviation = last.length() < 2 || last.contains(".")
        || NameWords.isNameSuffix(last) || NameWords.isRole(last + ".");
    return abbreviation ? phrase : bare;
  }

  private static final int MAX_SIGNATURE_WORDS = 5;

  /** A line of its own after the quote that signs it: a short name, no colon ("- Jane Roe."). */
  private static boolean isSignatureLine(String phrase) {
    return !phrase.contains(":") && phrase.split("\\s+").length <= MAX_SIGNATURE_WORDS;
  }

  private static int skipBlank(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
  }

  private static boolean isNameEnd(char c) {
    return c == ',' || c == '\n' || c == '\r' || c == ';' || c == '(' || c == '"';
  }
}

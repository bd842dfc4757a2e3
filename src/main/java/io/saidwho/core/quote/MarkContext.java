package io.saidwho.core.quote;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.quote.QuoteMarks.Family;
import io.saidwho.core.quote.QuoteMarks.Role;

/**
 * Reads what one quote-mark character does in its context, from its neighbour chars alone: it opens
 * a quote, closes one, could do either, or is no quote mark at all (an apostrophe or a unit).
 *
 * <p>An opening context is a word start (line start, blank, opening bracket, dash, slash or another
 * quote mark before the mark) with no blank after it; a closing context is the mirror image. Single
 * marks are apostrophes, never quote marks, when they sit inside a word ({@code we're}, {@code
 * can’t}, {@code rock'n'roll}), before a decade ({@code '90s}), or before a common elision ({@code
 * 'em}, {@code 'til}, {@code 'n'}). A single mark in a closing context after {@code s} ({@code
 * States' }) is reported as closing: the finder treats it as a plural possessive unless a single
 * quote is open. Stateless and thread-safe.
 */
final class MarkContext {

  /** What a mark does here. */
  enum Cue {
    OPEN,
    CLOSE,
    EITHER,
    NONE
  }

  private MarkContext() {}

  /** The cue of the quote mark at {@code i}; {@link Cue#NONE} when {@code text[i]} is no mark. */
  static Cue cueAt(CharSequence text, int i) {
    Family family = QuoteMarks.familyOf(text.charAt(i));
    if (family == null) {
      return Cue.NONE;
    }
    char before = i > 0 ? text.charAt(i - 1) : '\n';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
    if (QuoteMarks.isPrime(text.charAt(i)) && Character.isDigit(before)) {
      return Cue.NONE;
    }
    boolean opening = isLeftBound(before) && !isBlank(after);
    boolean closing = !isBlank(before) && isRightBound(after);
    if (family == Family.SINGLE && isApostrophe(text, i, before, after, opening)) {
      return Cue.NONE;
    }
    return combine(QuoteMarks.roleOf(text.charAt(i)), opening, closing);
  }

  private static Cue combine(Role role, boolean opening, boolean closing) {
    switch (role) {
      case OPENING:
        return closing && !opening ? Cue.CLOSE : Cue.OPEN;
      case CLOSING:
        return opening && !closing ? Cue.OPEN : Cue.CLOSE;
      default:
        if (opening != closing) {
          return opening ? Cue.OPEN : Cue.CLOSE;
        }
        return Cue.EITHER;
    }
  }

  private static boolean isApostrophe(
      CharSequence text, int i, char before, char after, boolean opening) {
    if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
      return true;
    }
    if (isSecondMarkOfN(text, i)) {
      return true;
    }
    return opening && (startsDecade(text, i + 1) || startsElision(text, i + 1));
  }

  /** The closing mark of {@code 'n'} as in "rock 'n' roll". */
  private static boolean isSecondMarkOfN(CharSequence text, int i) {
    return i >= 3
        && Character.toLowerCase(text.charAt(i - 1)) == 'n'
        && QuoteMarks.familyOf(text.charAt(i - 2)) == Family.SINGLE
        && isBlank(text.charAt(i - 3));
  }

  private static boolean startsDecade(CharSequence text, int from) {
    return from + 1 < text.length()
        && Character.isDigit(text.charAt(from))
        && Character.isDigit(text.charAt(from + 1))
        && (from + 2 == text.length() || !Character.isDigit(text.charAt(from + 2)));
  }

  private static boolean startsElision(CharSequence text, int from) {
    int end = from;
    while (end < text.length() && end - from <= 5 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end == from || (end < text.length() && Character.isLetter(text.charAt(end)))) {
      return false;
    }
    return Lexicons.ELISIONS.contains(text.subSequence(from, end).toString());
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLeftBound(char c) {
    return isBlank(c) || "([{<\u2014\u2013-/".indexOf(c) >= 0 || QuoteMarks.isQuoteMark(c);
  }

  private static boolean isRightBound(char c) {
    return isBlank(c)
        || ".,;:!?)]}>\u2014\u2013-/\u2026".indexOf(c) >= 0
        || QuoteMarks.isQuoteMark(c);
  }
}

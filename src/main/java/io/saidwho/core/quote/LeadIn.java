package io.saidwho.core.quote;

import io.saidwho.core.nlp.AnalyzedText;
import java.util.Locale;

/**
 * What comes right before a quote's opening mark, in the same paragraph: nothing or a sentence or
 * clause boundary ({@code . ! ? : ; ,}, a dash or another quote mark) so the quote stands on its
 * own ({@link Type#BOUNDARY}); a speech verb or "that", which introduce reported words ({@link
 * Type#CUE}); or any other word, so the quote is built into the writer's phrase ({@link
 * Type#WORD}).
 *
 * @param type the kind of lead-in
 * @param word the word before the mark (letters, digits, apostrophes, hyphens, dots), or ""
 */
record LeadIn(Type type, String word) {

  /** The three kinds of lead-in. */
  enum Type {
    BOUNDARY,
    CUE,
    WORD
  }

  /** The lead-in of the quote whose opening mark is at {@code mark}. */
  static LeadIn before(AnalyzedText analyzed, int mark) {
    String text = analyzed.text();
    int i = lastCharBefore(text, mark);
    if (i < 0) {
      return new LeadIn(Type.BOUNDARY, "");
    }
    char c = text.charAt(i);
    if (".!?:;,\u2014\u2013".indexOf(c) >= 0 || QuoteMarks.isQuoteMark(c)) {
      return new LeadIn(Type.BOUNDARY, "");
    }
    String word = isWordChar(c) ? wordEndingAt(text, i + 1) : "";
    boolean cue =
        !word.isEmpty() && SpeechCues.isSpeechVerb(analyzed.verbLemmaCandidates(word))
            || word.equalsIgnoreCase("that");
    return new LeadIn(cue ? Type.CUE : Type.WORD, word);
  }

  /**
   * The word before a comma right before the mark ("an exhibition, “Shadows of the Court,”"), or ""
   * when the mark does not follow a comma.
   */
  static String wordBeforeComma(CharSequence text, int mark) {
    int i = lastCharBefore(text, mark);
    if (i < 1 || text.charAt(i) != ',') {
      return "";
    }
    return wordEndingAt(text, i);
  }

  /** The last non-blank char before {@code mark} on its line, or -1 when the line starts there. */
  private static int lastCharBefore(CharSequence text, int mark) {
    int i = mark - 1;
    while (i >= 0 && MarkContext.isBlank(text.charAt(i)) && !isLineBreak(text.charAt(i))) {
      i--;
    }
    return i < 0 || isLineBreak(text.charAt(i)) ? -1 : i;
  }

  /** The run of word chars that ends right before {@code end}. */
  private static String wordEndingAt(CharSequence text, int end) {
    int start = end;
    while (start > 0 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    return text.subSequence(start, end).toString();
  }

  /** True for "CBS’s", "the States'": a possessive right before the quote. */
  boolean isPossessive() {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() > 2
        && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019"));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'' || c == '\u2019';
  }

  private static boolean isLineBreak(char c) {
    return MarkPairQuoteFinder.isLineBreak(c);
  }
}

package io.saidwho.core.name;

import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an article that are titles: its first line when short and more text follows (the
 * headline: "Unflappable Roe wins again"), and every line written in title case ("Ex-Rival Praises
 * Jane Roe After Debate"), as headlines and subheads are: every word of four letters or more is
 * capitalised, and there are at least {@value #MIN_LONG_WORDS}. A title's capitals mark the title
 * or its first word, not names, so a run of capitals there can join a name to the words around it.
 * Thread-safe after construction.
 */
final class TitleLines {

  static final int MIN_LONG_WORDS = 3;
  private static final int LONG_WORD = 4;
  private static final int MAX_HEADLINE_WORDS = 20;

  private final List<TextSpan> lines;

  private TitleLines(List<TextSpan> lines) {
    this.lines = lines;
  }

  static TitleLines of(String text) {
    List<TextSpan> lines = new ArrayList<>();
    int begin = 0;
    while (begin <= text.length()) {
      int end = text.indexOf('\n', begin);
      if (end < 0) {
        end = text.length();
      }
      if (begin == 0 && isHeadline(text, end) || isTitleCase(text, begin, end)) {
        lines.add(new TextSpan(begin, end));
      }
      begin = end + 1;
    }
    return new TitleLines(lines);
  }

  /** The first line, ending at {@code end}: a headline when more text follows and it is short. */
  private static boolean isHeadline(String text, int end) {
    if (!hasTextFrom(text, end)) {
      return false;
    }
    int words = wordCount(text, end);
    return words > 0 && words <= MAX_HEADLINE_WORDS;
  }

  /** True when a non-white-space char follows {@code from} (no copy of the rest of the article). */
  private static boolean hasTextFrom(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The white-space separated words of {@code text} before {@code end}. */
  private static int wordCount(String text, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < end; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** True when {@code span} lies inside a title line. */
  boolean covers(TextSpan span) {
    for (TextSpan line : lines) {
      if (line.begin() <= span.begin() && span.end() <= line.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTitleCase(String text, int begin, int end) {
    int longWords = 0;
    int i = begin;
    while (i < end) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < end && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - start >= LONG_WORD) {
        if (!Character.isUpperCase(text.charAt(start))) {
          return false;
        }
        longWords++;
      }
    }
    return longWords >= MIN_LONG_WORDS;
  }
}

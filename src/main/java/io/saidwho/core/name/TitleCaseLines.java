package io.saidwho.core.name;

import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an article written in title case ("Ex-Rival Praises Jane Roe After Debate"), as
 * headlines and subheads are: every word of four letters or more is capitalised, and there are at
 * least {@value #MIN_LONG_WORDS}. Capitalisation there marks the line, not names, so a run of
 * capitals in it can join a name to the words around it. Thread-safe after construction.
 */
final class TitleCaseLines {

  static final int MIN_LONG_WORDS = 3;
  private static final int LONG_WORD = 4;

  private final List<TextSpan> lines;

  private TitleCaseLines(List<TextSpan> lines) {
    this.lines = lines;
  }

  static TitleCaseLines of(String text) {
    List<TextSpan> lines = new ArrayList<>();
    int begin = 0;
    while (begin <= text.length()) {
      int end = text.indexOf('\n', begin);
      if (end < 0) {
        end = text.length();
      }
      if (isTitleCase(text, begin, end)) {
        lines.add(new TextSpan(begin, end));
      }
      begin = end + 1;
    }
    return new TitleCaseLines(lines);
  }

  /** True when {@code span} lies inside a title-case line. */
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

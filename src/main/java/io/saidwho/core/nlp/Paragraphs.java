package io.saidwho.core.nlp;

import io.saidwho.core.text.Paragraph;
import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** Splits text into paragraphs: each non-blank line, without its leading and trailing blanks. */
public final class Paragraphs {

  private Paragraphs() {}

  public static List<Paragraph> split(String text) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int lineBegin = 0;
    int length = text.length();
    while (lineBegin <= length) {
      int lineEnd = nextLineEnd(text, lineBegin);
      int begin = lineBegin;
      int end = lineEnd;
      while (begin < end && isBlank(text.charAt(begin))) {
        begin++;
      }
      while (end > begin && isBlank(text.charAt(end - 1))) {
        end--;
      }
      if (end > begin) {
        paragraphs.add(new Paragraph(paragraphs.size(), new TextSpan(begin, end)));
      }
      lineBegin = lineEnd + 1;
    }
    return paragraphs;
  }

  private static int nextLineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        return i;
      }
    }
    return text.length();
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}

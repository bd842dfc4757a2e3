package io.saidwho.core.text;

/** A paragraph: one non-blank line of the article, trimmed of surrounding white space. */
public record Paragraph(int index, TextSpan span) {

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }
}

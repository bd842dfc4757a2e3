package io.saidwho.core.quote;

import io.saidwho.core.text.TextSpan;

/**
 * A quoted span. {@code span} covers the text between the marks (the marks themselves excluded),
 * half-open; for a closed quote the opening mark sits at {@code span.begin() - 1} and the closing
 * mark at {@code span.end()}. An unclosed quote ends where the finder gave up (end of paragraph
 * or text) and has {@code closed == false}.
 */
public record Quote(TextSpan span, QuoteKind kind, boolean closed) {

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  public Quote withKind(QuoteKind newKind) {
    return new Quote(span, newKind, closed);
  }
}

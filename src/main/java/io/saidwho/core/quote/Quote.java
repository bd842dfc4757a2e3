package io.saidwho.core.quote;

import io.saidwho.core.text.TextSpan;

/**
 * A quoted span. {@code span} covers the text between the marks (the marks themselves excluded),
 * half-open; for a closed quote the opening mark sits at {@code span.begin() - 1} and the closing
 * mark at {@code span.end()}. An unclosed quote ends where the finder gave up (end of paragraph
 * or text) and has {@code closed == false}.
 *
 * @param kindRule the name of the classifier rule that chose {@code kind} (for the evaluation's
 *     confusions; not written to the tables), or null before classification
 */
public record Quote(TextSpan span, QuoteKind kind, boolean closed, String kindRule) {

  /** A quote whose kind no classifier has chosen yet. */
  public Quote(TextSpan span, QuoteKind kind, boolean closed) {
    this(span, kind, closed, null);
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  public Quote withKind(QuoteKind newKind) {
    return new Quote(span, newKind, closed, kindRule);
  }

  /** This quote with {@code newKind}, chosen by the classifier rule {@code rule}. */
  public Quote withKind(QuoteKind newKind, String rule) {
    return new Quote(span, newKind, closed, rule);
  }
}

package io.saidwho.eval;

import io.saidwho.core.text.TextSpan;

/**
 * One row of a gold file: a quoted span of document {@code doc} at {@code [start, end)}, and what
 * the gold says of it. Gold sets differ in what they annotate: sample-data's format gives the kind
 * and the canonical speaker; a mention-only set (real news converted from an attribution corpus)
 * gives no kind and no speaker but the source mention's offsets.
 *
 * @param kind the gold kind, or null when the set annotates no kinds
 * @param speaker the canonical speaker, or null (nobody, or not annotated: see {@code
 *     speakerAnnotated})
 * @param speakerAnnotated true when the row has a {@code speaker} field (null then means nobody)
 * @param mention the source mention as written, or null
 * @param source the source mention's offsets in the article, or null when the gold gives none
 */
public record GoldQuote(
    String doc,
    TextSpan span,
    String text,
    String kind,
    String speaker,
    boolean speakerAnnotated,
    String mention,
    TextSpan source) {

  /** A row in sample-data's format: kind and canonical speaker, no mention offsets. */
  public static GoldQuote withSpeaker(
      String doc, TextSpan span, String text, String kind, String speaker) {
    return new GoldQuote(doc, span, text, kind, speaker, true, null, null);
  }

  /** A row that annotates only the source mention (no kind, no canonical speaker). */
  public static GoldQuote withSource(
      String doc, TextSpan span, String text, String mention, TextSpan source) {
    return new GoldQuote(doc, span, text, null, null, false, mention, source);
  }

  public boolean hasKind() {
    return kind != null;
  }

  public boolean hasSource() {
    return source != null;
  }
}

package io.saidwho.eval;

import io.saidwho.core.text.TextSpan;

/**
 * A quote the pipeline found, reduced to what the evaluation compares.
 *
 * @param mention the speaker mention as cut from the article, or null
 * @param mentionSpan its offsets, or null
 * @param kindRule the classifier rule that chose {@code kind} (a debug field of the evaluation)
 */
public record PredictedQuote(
    String doc,
    TextSpan span,
    String text,
    String kind,
    String speaker,
    String sieve,
    String mention,
    TextSpan mentionSpan,
    String kindRule) {

  /** True when the pipeline named neither a speaker nor a mention. */
  public boolean isUnknown() {
    return speaker == null && mentionSpan == null;
  }
}

package io.saidwho.core.attribution;

import io.saidwho.core.text.TextSpan;

/**
 * Who said a quote, and how we know.
 *
 * @param speaker canonical name within the article ("Antony Blinken"), or null when unknown
 * @param speakerTitle role or title given with the name ("US Secretary of State"), or null
 * @param speakerType person or organization, or null when unknown
 * @param mention the words that name the speaker next to the quote ("Blinken", "he"), or null
 * @param mentionSpan offsets of {@code mention} in the article text, or null
 * @param cue the speech verb ("said", "told"), or null
 * @param sieve name of the sieve that made the decision; {@link #NO_SIEVE} when none did
 * @param confidence the sieve's confidence in [0, 1]; 0 when unattributed
 */
public record Attribution(
    String speaker,
    String speakerTitle,
    SpeakerType speakerType,
    String mention,
    TextSpan mentionSpan,
    String cue,
    String sieve,
    double confidence) {

  public static final String NO_SIEVE = "none";

  private static final Attribution NONE =
      new Attribution(null, null, null, null, null, null, NO_SIEVE, 0.0);

  public Attribution {
    if (confidence < 0.0 || confidence > 1.0) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
  }

  /** The attribution of a quote no sieve could attribute. */
  public static Attribution none() {
    return NONE;
  }

  public boolean hasSpeaker() {
    return speaker != null;
  }
}

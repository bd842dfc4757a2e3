package io.saidwho.core.attribution.cue;

import io.saidwho.core.lexicon.Lexicons;
import java.util.List;

/**
 * The speech-verb lexicon ({@link Lexicons#SPEECH_VERBS}, lemmas) as the cue readers ask it: by
 * lemma, which the lemmatizer gives for each candidate token. Thread-safe.
 */
final class CueVerbs {

  private CueVerbs() {}

  /** True when one of the lemmatizer's guesses is the lemma of a speech verb. */
  static boolean isCue(List<String> lemmaCandidates) {
    for (String lemma : lemmaCandidates) {
      if (Lexicons.SPEECH_VERBS.contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when one of the lemmatizer's guesses takes {@code particle} (any case) as part of the cue
   * ("called on", "pointed out", "shot back").
   */
  static boolean takesParticle(List<String> lemmaCandidates, String particle) {
    String lower = particle.toLowerCase(java.util.Locale.ROOT);
    for (String lemma : lemmaCandidates) {
      if (Lexicons.SPEECH_VERB_PARTICLES.contains(lemma + " " + lower)) {
        return true;
      }
    }
    return false;
  }

  /** True when one of the lemmatizer's guesses is "say" or "tell". */
  static boolean isSay(List<String> lemmaCandidates) {
    for (String lemma : lemmaCandidates) {
      if (isSay(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** True for the verbs that always introduce speech ("say", "tell"); the others need a quote. */
  static boolean isSay(String lemma) {
    return Lexicons.SAY_VERBS.contains(lemma);
  }
}

package io.saidwho.core.quote;

import io.saidwho.core.lexicon.Lexicons;
import java.util.List;

/**
 * The word lists the classifier reads context with ({@link Lexicons}): speech verbs (by lemma),
 * naming words and nouns that make a quoted title ("dubbed", "podcast", ...), nouns that mention
 * words, and the function words a Title-Cased title may keep in lower case. Words are matched in
 * lower case, as whole tokens. Stateless and thread-safe.
 */
final class SpeechCues {

  private SpeechCues() {}

  /** True when one of the lemmatizer's guesses is the lemma of a speech verb. */
  static boolean isSpeechVerb(List<String> lemmaCandidates) {
    for (String lemma : lemmaCandidates) {
      if (Lexicons.SPEECH_VERBS.contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  static boolean isNamingWord(String word) {
    return Lexicons.NAMING_WORDS.contains(word);
  }

  /** Nouns naming a work or a medium ("the podcast", "his memoir") and "read" (a sign's text). */
  static boolean isTitleNoun(String word) {
    return Lexicons.WORK_NOUNS.contains(word);
  }

  /** Nouns that mention words rather than report them ("the phrase", "the slogan"). */
  static boolean isMentionNoun(String word) {
    return Lexicons.MENTION_NOUNS.contains(word);
  }

  static boolean isTitleFunctionWord(String word) {
    return Lexicons.TITLE_FUNCTION_WORDS.contains(word);
  }
}

package io.saidwho.core.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists the classifier reads context with: speech verbs (in the inflections that introduce
 * quotes), naming words and nouns that make a quoted title ("dubbed", "podcast", ...) and the
 * function words a Title-Cased title may keep in lower case. Words are matched in lower case, as
 * whole tokens. Stateless and thread-safe.
 */
final class SpeechCues {

  private static final Set<String> SPEECH_VERBS =
      words(
          "say says said saying tell tells told telling add adds added adding state stated"
              + " stating note noted noting declare declared declaring write wrote writes writing"
              + " tweet tweeted tweeting post posted ask asked asks insist insisted warn warned"
              + " warning warns urge urged urging argue argued explain explained reply replied"
              + " respond responded announce announced acknowledge acknowledged admit admitted"
              + " claim claimed claims emphasize emphasized emphasise emphasised stress stressed"
              + " conclude concluded continue continued remark remarked observe observed suggest"
              + " suggested recall recalled vow vowed promise promised pledge pledged predict"
              + " predicted concede conceded maintain maintained comment commented reiterate"
              + " reiterated agree agreed complain complained caution cautioned describe"
              + " described call called calling calls blame blamed express expressed accuse"
              + " accused according charge charged quote quoted cite cited read reads demand"
              + " demanded condemn condemned decry decried denounce denounced lament lamented"
              + " praise praised");

  private static final Set<String> NAMING_WORDS =
      words(
          "called titled entitled dubbed so-called named nicknamed headlined branded labelled"
              + " labeled termed billed");

  private static final Set<String> TITLE_NOUNS =
      words(
          "book memoir novel film movie documentary series show program programme podcast album"
              + " song single play opera musical column newspaper magazine journal report essay"
              + " poem slogan banner sign signs stickers read reads reading exhibition exhibit");

  private static final Set<String> MENTION_NOUNS =
      words("phrase slogan term word words motto catchphrase mantra expression hashtag");

  private static final Set<String> TITLE_FUNCTION_WORDS =
      words("a an the of and or in on at to for with by from de la le du von van");

  private SpeechCues() {}

  static boolean isSpeechVerb(String word) {
    return SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isNamingWord(String word) {
    return NAMING_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Nouns naming a work or a medium ("the podcast", "his memoir") and "read" (a sign's text). */
  static boolean isTitleNoun(String word) {
    return TITLE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Nouns that mention words rather than report them ("the phrase", "the slogan"). */
  static boolean isMentionNoun(String word) {
    return MENTION_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isTitleFunctionWord(String word) {
    return TITLE_FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }
}

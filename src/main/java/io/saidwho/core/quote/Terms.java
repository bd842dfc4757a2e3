package io.saidwho.core.quote;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.text.Token;
import java.util.List;
import java.util.Locale;

/**
 * Quoted terms: words in quote marks that name a thing, a policy or a category rather than report
 * anyone's words, so the quote is non-speech:
 *
 * <ul>
 *   <li>a short lower-case noun phrase owned by a possessive, which is the whole phrase (no noun
 *       follows it), in a clause no speech verb reports: "the chancellor's “golden rule”", "its
 *       “golden rule” of borrowing" ("blasted the firm for its “outrageous practices”" reports);
 *       also in a reported clause when an of-phrase follows ("insisted he would meet his “golden
 *       rule” of borrowing") or the owner is a preposition's object ("following Roe's “mishap”");
 *   <li>a quote introducing examples: "“regulated animals” such as deer";
 *   <li>a category a verb puts something in: "classed the bonds as “investment grade”";
 *   <li>a single function word or auxiliary quoted for emphasis: "what he believed “should” be".
 * </ul>
 *
 * Stateless.
 */
final class Terms {

  private static final int MAX_WORDS = 3;
  private static final int CATEGORY_REACH = 8;
  private static final int SPEECH_VERB_REACH = 8;

  private Terms() {}

  static boolean isTerm(
      AnalyzedText text, TaggedSentences tagged, Quote quote, ClauseShape shape, LeadIn leadIn) {
    if (!quote.closed() || shape.size() == 0 || Character.isUpperCase(shape.word(0).charAt(0))) {
      return false;
    }
    return isOwnedNounPhrase(tagged, quote, shape, leadIn)
        || introducesExamples(text, tagged, quote)
        || isCategory(text, tagged, quote)
        || isEmphasisedFunctionWord(shape);
  }

  private static boolean isOwnedNounPhrase(
      TaggedSentences tagged, Quote quote, ClauseShape shape, LeadIn leadIn) {
    if (!leadIn.isPossessive() && !isPossessivePronoun(leadIn.word())) {
      return false;
    }
    boolean named = shape.size() >= 2 && (isFollowedByOf(tagged, quote)
        || leadIn.isPossessive() && ownerFollowsPreposition(tagged, quote)
            && !tagged.hasSpeechVerbJustBefore(quote, SPEECH_VERB_REACH));
    if (!named && (tagged.hasSpeechVerbJustBefore(quote, SPEECH_VERB_REACH)
        || tagged.isInReportedClause(quote))) {
      return false;
    }
    List<Token> tokens = tagged.tokensIn(quote);
    Token last = lastWord(text(tagged), tokens);
    return shape.size() <= MAX_WORDS
        && last != null
        && last.pos() != null
        && last.pos().startsWith("NOUN")
        && !tagged.tagAfter(quote).startsWith("NOUN")
        && !tagged.tagAfter(quote).startsWith("PROPN");
  }

  /** "his “golden rule” of borrowing": an of-phrase after the quote says what the term names. */
  private static boolean isFollowedByOf(TaggedSentences tagged, Quote quote) {
    List<Token> after = tagged.tokensAfter(quote);
    return !after.isEmpty() && "of".equalsIgnoreCase(after.get(0).text(text(tagged)));
  }

  /**
   * "following Jane Roe's “wardrobe mishap”": the owner of the quoted phrase, a name, is the object
   * of a preposition no speech verb governs, so the phrase names an event or thing of the writer's
   * sentence, not a report ("joked about Roe's “odd friendship”" reports).
   */
  private static boolean ownerFollowsPreposition(TaggedSentences tagged, Quote quote) {
    List<Token> before = tagged.tokensBefore(quote);
    int i = before.size() - 1;
    while (i >= 0 && before.get(i).pos() != null
        && (before.get(i).pos().startsWith("PROPN") || before.get(i).pos().startsWith("NOUN")
            || before.get(i).pos().startsWith("PART"))
        && before.size() - i <= MAX_OWNER_WORDS) {
      i--;
    }
    return i >= 0 && i < before.size() - 1 && before.get(i).pos() != null
        && (before.get(i).pos().startsWith("ADP") || before.get(i).pos().startsWith("VERB")
            && text(tagged).substring(before.get(i).begin(), before.get(i).end())
                .toLowerCase(Locale.ROOT).endsWith("ing"));
  }

  private static final int MAX_OWNER_WORDS = 4;

  /** "its", "his", "their": a possessive determiner that is no object pronoun too ("her"). */
  private static boolean isPossessivePronoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Lexicons.POSSESSIVE_DETERMINERS.contains(lower)
        && !Lexicons.OBJECT_PRONOUNS.contains(lower);
  }


  private static boolean introducesExamples(AnalyzedText text, TaggedSentences tagged, Quote q) {
    List<Token> after = tagged.tokensAfter(q);
    return after.size() >= 2
        && "such".equalsIgnoreCase(after.get(0).text(text.text()))
        && "as".equalsIgnoreCase(after.get(1).text(text.text()));
  }

  /** "classed Russian bonds as “investment grade”": a category verb, then "as" right before. */
  private static boolean isCategory(AnalyzedText text, TaggedSentences tagged, Quote quote) {
    List<Token> before = tagged.tokensBefore(quote);
    int n = before.size();
    if (n < 2 || !"as".equalsIgnoreCase(before.get(n - 1).text(text.text()))) {
      return false;
    }
    for (int i = n - 2; i >= 0 && n - i <= CATEGORY_REACH; i--) {
      for (String lemma : text.lemmaCandidates(before.get(i))) {
        if (Lexicons.CATEGORY_VERBS.contains(lemma)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "should", "not", "is" alone in quotes: emphasis on a word, nobody's speech. */
  private static boolean isEmphasisedFunctionWord(ClauseShape shape) {
    return shape.size() == 1
        && (Lexicons.FUNCTION_WORDS.contains(shape.word(0)) || Lexicons.MODALS.contains(shape.word(0)));
  }

  private static Token lastWord(String text, List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (Character.isLetterOrDigit(t.text(text).charAt(0))) {
        return t;
      }
    }
    return null;
  }

  private static String text(TaggedSentences tagged) {
    return tagged.text();
  }
}

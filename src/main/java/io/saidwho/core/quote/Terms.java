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
    if (!leadIn.isPossessive() && !isPossessivePronoun(leadIn.word())
        || tagged.hasSpeechVerbJustBefore(quote, SPEECH_VERB_REACH)
        || tagged.isInReportedClause(quote)) {
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

  private static boolean isPossessivePronoun(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "its":
      case "his":
      case "their":
      case "our":
        return true;
      default:
        return false;
    }
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

package io.saidwho.core.quote;

import io.saidwho.core.nlp.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides each quote's kind from the POS tags of its words ({@link ClauseShape}) and from what
 * precedes its opening mark ({@link LeadIn}), following the gold guidelines:
 *
 * <ul>
 *   <li>{@code non-speech}: a short Title-Cased span after a possessive ("CBS’s “Face the
 *       Nation”"), after a naming word ("dubbed", "titled", ...), a work or medium ("podcast",
 *       "memoir", ...) or after "on"/"told"; anything after "so-called"; a single word built into a
 *       sentence with no speech verb in it, or a short phrase used as a modifier before a noun with
 *       no speech verb just before it (scare quotes);
 *   <li>{@code direct}: a quote standing on its own (after a boundary) that holds a clause; a quote
 *       after a speech verb or "that", or starting with a capital, that opens with a clause; and
 *       every piece of an interrupted quote ("“X,” he said, “Y”") when one piece is direct;
 *   <li>{@code partial}: everything else: fragments built into the writer's sentence.
 * </ul>
 *
 * <p>Needs: the analyzed text and the finder's quotes. Tags only the sentences a quote overlaps.
 * Returns a list of the same size and order. Stateless; thread-safe as far as the {@link
 * AnalyzedText} is (it is not: use one per thread).
 */
public final class PosPatternQuoteClassifier implements QuoteClassifier {

  private static final int TITLE_MAX_WORDS = 6;
  private static final int ATTRIBUTION_MAX_WORDS = 8;
  private static final int MODIFIER_MAX_WORDS = 3;
  private static final int SPEECH_VERB_WINDOW = 3;

  @Override
  public List<Quote> classify(AnalyzedText text, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    TaggedSentences tagged = new TaggedSentences(text);
    for (Quote quote : quotes) {
      out.add(classifyOne(text, tagged, quote));
    }
    InterruptedQuotes.link(text, out, ATTRIBUTION_MAX_WORDS);
    return out;
  }

  private Quote classifyOne(AnalyzedText analyzed, TaggedSentences tagged, Quote quote) {
    String text = analyzed.text();
    LeadIn leadIn = LeadIn.before(analyzed, quote.begin() - 1);
    ClauseShape shape = new ClauseShape(tagged.tokensIn(quote), text);
    if (isScareQuote(tagged, quote, shape, leadIn)) {
      return quote.withKind(QuoteKind.NON_SPEECH, "scare-quote");
    }
    if (isTitle(shape, leadIn)) {
      return quote.withKind(QuoteKind.NON_SPEECH, "title");
    }
    if (SpeechCues.isMentionNoun(leadIn.word())) {
      return quote.withKind(QuoteKind.NON_SPEECH, "mention-noun");
    }
    if (isAppositiveTitle(text, quote, shape)) {
      return quote.withKind(QuoteKind.NON_SPEECH, "appositive-title");
    }
    if (leadIn.type() == LeadIn.Type.BOUNDARY) {
      return shape.containsClause()
          ? quote.withKind(QuoteKind.DIRECT, "standalone-clause")
          : quote.withKind(QuoteKind.PARTIAL, "standalone-fragment");
    }
    if (leadIn.type() == LeadIn.Type.CUE || startsUpperCase(text, quote)) {
      return shape.startsWithClause()
          ? quote.withKind(QuoteKind.DIRECT, "cue-clause")
          : quote.withKind(QuoteKind.PARTIAL, "cue-fragment");
    }
    return quote.withKind(QuoteKind.PARTIAL, "woven-fragment");
  }

  /**
   * A single word in a sentence with no speech verb, or a short lower-case phrase used as a
   * modifier before a noun ("the three “no” votes", "the “core accretion” model") with no speech
   * verb just before it, and not inside the clause a speech verb reports ("He said the airline
   * would reimburse “reasonable” hotel costs": the modifier is the speaker's word).
   */
  private static boolean isScareQuote(
      TaggedSentences tagged, Quote quote, ClauseShape shape, LeadIn leadIn) {
    if (leadIn.type() == LeadIn.Type.BOUNDARY) {
      return false;
    }
    int words = countWords(shape);
    if (words == 1 && !tagged.hasSpeechVerbAt(quote.begin())) {
      return true;
    }
    return words <= MODIFIER_MAX_WORDS
        && quote.closed()
        && tagged.tagAfter(quote).equals("NOUN")
        && !tagged.hasSpeechVerbJustBefore(quote, SPEECH_VERB_WINDOW)
        && !tagged.isInReportedClause(quote);
  }

  /**
   * "a 2019 exhibition, “Shadows of the Court,” drew crowds": a Title-Cased quote set off by a comma
   * after a noun naming a work.
   */
  private static boolean isAppositiveTitle(String text, Quote quote, ClauseShape shape) {
    String noun = LeadIn.wordBeforeComma(text, quote.begin() - 1);
    return SpeechCues.isTitleNoun(noun) && isTitleCased(shape);
  }

  private static boolean isTitle(ClauseShape shape, LeadIn leadIn) {
    if (leadIn.word().equalsIgnoreCase("so-called")) {
      return true;
    }
    boolean titleContext =
        leadIn.isPossessive()
            || SpeechCues.isNamingWord(leadIn.word())
            || SpeechCues.isTitleNoun(leadIn.word())
            || leadIn.word().equalsIgnoreCase("on")
            || leadIn.word().equalsIgnoreCase("told");
    return titleContext && isTitleCased(shape);
  }

  private static boolean isTitleCased(ClauseShape shape) {
    int words = 0;
    for (int i = 0; i < shape.size(); i++) {
      String word = shape.word(i);
      if (!Character.isLetterOrDigit(word.charAt(0))) {
        continue;
      }
      boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
      if (!capital && (words == 0 || !SpeechCues.isTitleFunctionWord(word))) {
        return false;
      }
      words++;
    }
    return words > 0 && words <= TITLE_MAX_WORDS;
  }

  private static int countWords(ClauseShape shape) {
    int words = 0;
    for (int i = 0; i < shape.size(); i++) {
      words += Character.isLetterOrDigit(shape.word(i).charAt(0)) ? 1 : 0;
    }
    return words;
  }

  private static boolean startsUpperCase(String text, Quote quote) {
    for (int i = quote.begin(); i < quote.end(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return Character.isUpperCase(text.charAt(i));
      }
    }
    return false;
  }
}

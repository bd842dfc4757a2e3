package io.saidwho.core.quote;

import io.saidwho.core.lexicon.Lexicons;
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
  private static final int WOVEN_CLAUSE_MIN_WORDS = 4;

  @Override
  public List<Quote> classify(AnalyzedText text, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    TaggedSentences tagged = new TaggedSentences(text);
    for (Quote quote : quotes) {
      out.add(classifyOne(text, tagged, quote, quotes));
    }
    InterruptedQuotes.link(text, out, ATTRIBUTION_MAX_WORDS);
    return out;
  }

  /**
   * A headline quote takes "partial" when it echoes the body (its speaker's words there); a single
   * noun must echo a body quote, since a bare noun in quotes is usually a term; a headline quote
   * with no echo and no speech verb in the headline is non-speech.
   */
  private Quote classifyOne(
      AnalyzedText analyzed, TaggedSentences tagged, Quote quote, List<Quote> quotes) {
    Quote kind = classifyInSentence(analyzed, tagged, quote);
    if (kind.kind() == QuoteKind.DIRECT || !HeadlineEchoes.isInHeadline(analyzed, quote)) {
      return kind;
    }
    boolean echo = isBareNoun(tagged, quote)
        ? HeadlineEchoes.echoesBodyQuote(analyzed, quote, quotes)
        : HeadlineEchoes.echoesBody(analyzed, quote);
    if (echo) {
      return kind.kind() == QuoteKind.NON_SPEECH ? quote.withKind(QuoteKind.PARTIAL, "headline-echo")
          : kind;
    }
    return tagged.hasActiveSpeechVerbAt(quote.begin())
        ? kind : quote.withKind(QuoteKind.NON_SPEECH, "headline-no-echo");
  }

  /** A single noun in quotes ("'police' power") names a thing: a term, whatever the body says. */
  private static boolean isBareNoun(TaggedSentences tagged, Quote quote) {
    List<io.saidwho.core.text.Token> tokens = tagged.tokensIn(quote);
    return tokens.size() == 1
        && tokens.get(0).pos() != null
        && (tokens.get(0).pos().startsWith("NOUN") || tokens.get(0).pos().startsWith("PROPN"));
  }

  private Quote classifyInSentence(AnalyzedText analyzed, TaggedSentences tagged, Quote quote) {
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
    if (Terms.isTerm(analyzed, tagged, quote, shape, leadIn)) {
      return quote.withKind(QuoteKind.NON_SPEECH, "term");
    }
    if (leadIn.type() == LeadIn.Type.BOUNDARY) {
      return shape.containsClause()
          ? quote.withKind(QuoteKind.DIRECT, "standalone-clause")
          : quote.withKind(QuoteKind.PARTIAL, "standalone-fragment");
    }
    if (leadIn.type() == LeadIn.Type.CUE || startsUpperCase(text, quote)) {
      boolean clause = shape.startsWithClause()
          || leadIn.type() == LeadIn.Type.CUE && !shape.opensWithDeterminer()
              && shape.hasMainFiniteVerb();
      return clause
          ? quote.withKind(QuoteKind.DIRECT, "cue-clause")
          : quote.withKind(QuoteKind.PARTIAL, "cue-fragment");
    }
    return isWovenClause(shape)
        ? quote.withKind(QuoteKind.DIRECT, "woven-clause")
        : quote.withKind(QuoteKind.PARTIAL, "woven-fragment");
  }

  /**
   * "saying that if anything the “world economy will continue to grow”": a quote inside the
   * writer's sentence that is a clause of its own (subject and finite verb, four words or more) is
   * direct when it opens with its subject (a noun, pronoun, name or number); one opening with an
   * article is a noun phrase, whatever its relative clause holds ("a day our grandparents prayed
   * for"), one opening with an adjective or a relative pronoun a predicate or a relative clause.
   */
  private static boolean isWovenClause(ClauseShape shape) {
    return countWords(shape) >= WOVEN_CLAUSE_MIN_WORDS
        && shape.opensWithSubject()
        && !Lexicons.RELATIVE_PRONOUNS.contains(shape.word(0))
        && shape.startsWithClause();
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
    if (words == 1 && hasLetter(shape) && !tagged.hasSpeechVerbAt(quote.begin())
        && !tagged.hasAccordingToAt(quote)) {
      return true;
    }
    return words <= MODIFIER_MAX_WORDS
        && quote.closed()
        && tagged.tagAfter(quote).equals("NOUN")
        && !tagged.hasSpeechVerbJustBefore(quote, SPEECH_VERB_WINDOW)
        && !tagged.isInReportedClause(quote)
        && !tagged.isReported(quote);
  }

  /** "50/50", "7%": a quote of numbers and symbols is someone's figure, not a scare quote. */
  private static boolean hasLetter(ClauseShape shape) {
    for (int i = 0; i < shape.size(); i++) {
      if (Character.isLetter(shape.word(i).charAt(0))) {
        return true;
      }
    }
    return false;
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
    if (Lexicons.TERM_MARKERS.contains(leadIn.word())) {
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

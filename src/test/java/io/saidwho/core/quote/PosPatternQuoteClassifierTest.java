package io.saidwho.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.nlp.TextAnalyzer;
import io.saidwho.models.NlpModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One test per kind convention of the gold guidelines, on the real OpenNLP models. Expectations
 * read {@code "kind «text»"}, one per quote in text order.
 */
class PosPatternQuoteClassifierTest {

  private static TextAnalyzer analyzer;
  private final QuoteFinder finder = new MarkPairQuoteFinder();
  private final QuoteClassifier classifier = new PosPatternQuoteClassifier();

  @BeforeAll
  static void loadModels() {
    NlpModels models = NlpModels.shared();
    analyzer = new TextAnalyzer(models.sentences(), models.tokens(), models.pos(), models.lemmas());
  }

  private List<String> classify(String text) {
    AnalyzedText analyzed = analyzer.analyze(text);
    List<Quote> found = finder.find(text);
    List<Quote> kinds = classifier.classify(analyzed, found);
    assertThat(kinds).extracting(Quote::span).isEqualTo(found.stream().map(Quote::span).toList());
    List<String> out = new ArrayList<>();
    for (Quote q : kinds) {
      out.add(q.kind().label() + " «" + q.span().cover(text) + "»");
    }
    return out;
  }

  @Test
  void testStandaloneClauseIsDirect() {
    assertThat(classify("“We will win this war,” she said."))
        .containsExactly("direct «We will win this war,»");
  }

  @Test
  void testLowerCaseClauseAfterSaidThatIsDirect() {
    assertThat(classify("Netanyahu said after the meeting that “the instruction is to strike.”"))
        .containsExactly("direct «the instruction is to strike.»");
  }

  @Test
  void testContractionIsSubjectAndVerb() {
    assertThat(classify("The prime minister declared that “we’ll do it by ourselves.”"))
        .containsExactly("direct «we’ll do it by ourselves.»");
  }

  @Test
  void testIntroductoryPhraseBeforeTheClauseIsDirect() {
    assertThat(classify("“In all of these talks, we have made it clear,” Blinken said."))
        .containsExactly("direct «In all of these talks, we have made it clear,»");
  }

  @Test
  void testSubjectWithRelativeClauseIsDirect() {
    assertThat(classify("“Any initiative that stops the fighting is welcome,” he said."))
        .containsExactly("direct «Any initiative that stops the fighting is welcome,»");
  }

  @Test
  void testPredicateAfterTheWritersSubjectIsPartial() {
    assertThat(
            classify("Netanyahu told Israelis that Israel “wants to levy a heavy price” on Hamas."))
        .containsExactly("partial «wants to levy a heavy price»");
  }

  @Test
  void testNounPhraseIsPartial() {
    assertThat(classify("Biden expressed “deep concerns” about looming Israeli action in Rafah."))
        .containsExactly("partial «deep concerns»");
  }

  @Test
  void testInfinitiveIsPartial() {
    assertThat(classify("Guterres called on them \"to allow mediation efforts to succeed.\""))
        .containsExactly("partial «to allow mediation efforts to succeed.»");
  }

  @Test
  void testNounWithThatClauseIsPartial() {
    assertThat(classify("The draft emphasized “concern that a ground offensive would cause harm.”"))
        .containsExactly("partial «concern that a ground offensive would cause harm.»");
  }

  @Test
  void testStandaloneFragmentIsPartial() {
    assertThat(
            classify("The violence goes on.\n\n'Systematic crimes'\n\nOver the weekend, a strike."))
        .containsExactly("partial «Systematic crimes»");
  }

  @Test
  void testInterruptedQuotePiecesAreAllDirect() {
    assertThat(classify("“Ultimately,” Blinken said, “it is up to the parties to decide.”"))
        .containsExactly("direct «Ultimately,»", "direct «it is up to the parties to decide.»");
  }

  @Test
  void testFragmentAfterASentenceIsNotLinkedToTheNextQuote() {
    assertThat(
            classify(
                "It was an effort to “sell a product.”\n“The product is politicized,” he said."))
        .containsExactly("partial «sell a product.»", "direct «The product is politicized,»");
  }

  @Test
  void testTitleAfterPossessiveIsNonSpeech() {
    assertThat(classify("“I think we must act,” Schiff told CBS’s “Face the Nation.”"))
        .containsExactly("direct «I think we must act,»", "non-speech «Face the Nation.»");
  }

  @Test
  void testTitleAfterNamingWordIsNonSpeech() {
    assertThat(classify("She made a film titled “The Long Road Home” last year."))
        .containsExactly("non-speech «The Long Road Home»");
  }

  @Test
  void testSoCalledIsNonSpeech() {
    assertThat(classify("The so-called “peace plan” was never published."))
        .containsExactly("non-speech «peace plan»");
  }

  @Test
  void testSingleWordScareQuoteIsNonSpeech() {
    assertThat(classify("The “experts” disagree about the figures."))
        .containsExactly("non-speech «experts»");
  }

  @Test
  void testSingleWordWithASpeechVerbIsPartial() {
    assertThat(classify("The United States has directly called for an “immediate” cease-fire."))
        .containsExactly("partial «immediate»");
  }

  @Test
  void testTitleAfterAWorkOrMediumIsNonSpeech() {
    assertThat(classify("It was a gamble, he said on the podcast “The Long Game.”"))
        .containsExactly("non-speech «The Long Game.»");
  }

  @Test
  void testModifierBeforeANounIsNonSpeech() {
    assertThat(classify("Under the standard “core accretion” model, planets grow slowly."))
        .containsExactly("non-speech «core accretion»");
  }

  @Test
  void testWordsMentionedAfterPhraseOrSloganAreNonSpeech() {
    assertThat(classify("Critics mocked the phrase “build back faster” for weeks."))
        .containsExactly("non-speech «build back faster»");
  }

  @Test
  void testTitleSetOffByCommasAfterAWorkIsNonSpeech() {
    assertThat(classify("Her first album, “Rivers in Winter,” sold well in Canada."))
        .containsExactly("non-speech «Rivers in Winter,»");
  }

  @Test
  void testModifierInsideAReportedClauseIsPartial() {
    assertThat(
            classify(
                "She said the council would cover “essential” repair costs for every tenant."))
        .containsExactly("partial «essential»");
  }

  @Test
  void testModifierNearAnInvertedAttributionStaysNonSpeech() {
    assertThat(
            classify(
                "“It is too late,” said Senator Ruth Okafor, one of the two “yes” votes on Monday."))
        .containsExactly("direct «It is too late,»", "non-speech «yes»");
  }

  @Test
  void testFragmentWovenIntoTheWritersSentenceIsNotAnInterruptedPiece() {
    assertThat(
            classify(
                "The mayor called the plan “a betrayal of trust,” adding: “We will fight it.”"))
        .containsExactly("partial «a betrayal of trust,»", "direct «We will fight it.»");
  }

  @Test
  void testDashLeadInStandsOnItsOwn() {
    assertThat(classify("He questioned the fee — “£42m for a season? That’s a gamble,” he said."))
        .containsExactly("direct «£42m for a season? That’s a gamble,»");
  }

  @Test
  void testStandaloneImperativeIsDirect() {
    assertThat(classify("“Do not wait,” she said. “Leave now.”"))
        .containsExactly("direct «Do not wait,»", "direct «Leave now.»");
  }

  @Test
  void testInvertedQuestionIsDirect() {
    assertThat(classify("An analyst pressed them. “Is there a way to grow faster?” he asked."))
        .containsExactly("direct «Is there a way to grow faster?»");
  }

  @Test
  void testVerblessPieceAfterASaidSentenceIsDirect() {
    assertThat(
            classify(
                "“Nobody in Ohio should choose between insulin and rent,” she said. “Not one.”"))
        .containsExactly(
            "direct «Nobody in Ohio should choose between insulin and rent,»", "direct «Not one.»");
  }

  @Test
  void testOnlySentencesHoldingAQuoteAreTagged() {
    String text = "One sentence here. Another one.\nHe said “we will go.” Then he left.\nThe end.";
    AnalyzedText analyzed = analyzer.analyze(text);
    classifier.classify(analyzed, finder.find(text));
    assertThat(analyzed.sentences()).hasSizeGreaterThan(3);
    assertThat(analyzed.taggedSentenceCount()).isEqualTo(1);
  }

  @Test
  void aStandaloneQuoteWithAFiniteVerbIsDirectHoweverLongItsSubject() {
    assertThat(classify("Roe was blunt. \u201CEach and every closure of a rural school is a loss"
        + " for the valley.\u201D"))
        .containsExactly("direct «Each and every closure of a rural school is a loss for the"
            + " valley.»");
  }

  @Test
  void aClauseWovenIntoTheWritersSentenceIsDirect() {
    assertThat(classify("She said that if anything the \u201Cregional economy will keep growing"
        + " strongly\u201D next year."))
        .containsExactly("direct «regional economy will keep growing strongly»");
  }

  @Test
  void aWovenNounPhraseWithARelativeClauseStaysPartial() {
    assertThat(classify("He called it \u201Ca day the valley waited for\u201D in his speech."))
        .containsExactly("partial «a day the valley waited for»");
  }

  @Test
  void aModifierInAClauseASpeechVerbReportsAboutANamedSubjectIsPartial() {
    assertThat(classify("The union said CSOs do not have the training to face \u201Cpotentially"
        + " violent\u201D crowds."))
        .containsExactly("partial «potentially violent»");
  }

  @Test
  void aHeadlineQuoteEchoingTheBodyIsPartial() {
    assertThat(classify("Harbour plan 'reckless', says union\n"
        + "The union said the harbour plan was reckless and would cost jobs."))
        .containsExactly("partial «reckless»");
  }

  @Test
  void aHeadlineQuoteWithNoEchoAndNoSpeechVerbIsNonSpeech() {
    assertThat(classify("'Golden years' of the valley on show\n"
        + "A new exhibition opens at the town museum on Monday."))
        .containsExactly("non-speech «Golden years»");
  }

  @Test
  void aNounPhraseOwnedByAPossessiveIsATerm() {
    assertThat(classify("The plan would break the treasurer's \u201Csilver rule\u201D on debt."))
        .containsExactly("non-speech «silver rule»");
  }

  @Test
  void anOwnedNounPhraseWithAnOfPhraseIsATermEvenInAReportedClause() {
    assertThat(classify("Roe insisted he would meet his \u201Csilver rule\u201D of saving first."))
        .containsExactly("non-speech «silver rule»");
  }

  @Test
  void aNounPhraseANameOwnsAfterAPrepositionIsATermEvenInAReportedClause() {
    assertThat(classify("The panel concluded the rules, which changed after Tom Hale's"
        + " \u201Cstadium mishap\u201D in May, were too strict."))
        .containsExactly("non-speech «stadium mishap»");
  }

  @Test
  void aNounPhraseANameOwnsAfterASpeechVerbsPrepositionIsPartial() {
    assertThat(classify("Roe joked about Tom Hale's \u201Codd friendship\u201D with the coach."))
        .containsExactly("partial «odd friendship»");
  }

  @Test
  void anOwnedNounPhraseInAClauseASpeechVerbReportsIsPartial() {
    assertThat(classify("Roe blasted the firm for its \u201Cshameful practices\u201D on Monday."))
        .containsExactly("partial «shameful practices»");
  }

  @Test
  void aQuoteIntroducingExamplesIsATerm() {
    assertThat(classify("The law covers only \u201Clisted birds\u201D such as owls and kites."))
        .containsExactly("non-speech «listed birds»");
  }

  @Test
  void aCategoryAVerbPutsSomethingInIsATerm() {
    assertThat(classify("The agency has rated the city's bonds as \u201Chigh risk\u201D since May."))
        .containsExactly("non-speech «high risk»");
  }

  @Test
  void aFunctionWordQuotedForEmphasisIsNonSpeech() {
    assertThat(classify("He set out what the charter \u201Cshould\u201D hold."))
        .containsExactly("non-speech «should»");
  }

  @Test
  void aFamedPhraseIsATerm() {
    assertThat(classify("It is their attempt to open that famed \u201Cclear red line\u201D again."))
        .containsExactly("non-speech «clear red line»");
  }

  @Test
  void aModifierBeforeAReportingClauseAtTheEndIsTheSpeakersWord() {
    assertThat(classify("Costs have reached \u201Calarming\u201D levels, the audit office has"
        + " warned."))
        .containsExactly("partial «alarming»");
  }

  @Test
  void aQuotedFigureIsNoScareQuote() {
    assertThat(classify("Then the odds improve to \u201C60/40\u201D for the club."))
        .containsExactly("partial «60/40»");
  }

  @Test
  void aHeadlineVerbInTheParticipleIsPassiveAndNamesNoSpeaker() {
    assertThat(classify("'Quiet heroes' of the flood honoured\n"
        + "Volunteers who rebuilt the bridge were given awards on Monday."))
        .containsExactly("non-speech «Quiet heroes»");
  }

  @Test
  void aClauseAfterAnOpeningPhraseWithoutCommaAfterSaidIsDirect() {
    assertThat(classify("Lee said \u201Cover the last year touring has taken its toll on the"
        + " band\u201D before the final show."))
        .containsExactly("direct «over the last year touring has taken its toll on the band»");
  }
}

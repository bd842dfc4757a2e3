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
}

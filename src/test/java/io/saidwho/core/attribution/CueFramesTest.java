package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.AttributedQuote;
import io.saidwho.core.quote.QuoteKind;
import io.saidwho.core.text.Article;
import io.saidwho.models.NlpModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The frames of news writing a cue is read in, with any verb the tags give where the frame is
 * strict, on invented sentences (one convention per test).
 */
class CueFramesTest {

  private static List<Attribution> all(String text) {
    return Attributions.of(text, Sieves.DEFAULT_ORDER.toArray(new String[0]));
  }

  private static List<Attribution> partial(String text) {
    return Attributions.of(text, Attributions.quotes(text, QuoteKind.PARTIAL),
        Sieves.DEFAULT_ORDER.toArray(new String[0]));
  }

  @Test
  void anyVerbAfterAQuoteClosedByACommaIsTheCue() {
    List<Attribution> a = all("\u201CWe will not wait another year,\u201D Tom Lee shot back.");

    assertThat(a.get(0).speaker()).isEqualTo("Tom Lee");
    assertThat(a.get(0).cue()).isEqualTo("shot back");
    assertThat(a.get(0).sieve()).isEqualTo(Sieves.CUE_ADJACENCY);
  }

  @Test
  void invertedCueWithADescriptionNeedsASpeechVerb() {
    List<Attribution> a = all("\u201CVote early,\u201D added the senator.");

    assertThat(a.get(0).mention()).isEqualTo("the senator");
    assertThat(a.get(0).cue()).isEqualTo("added");
  }

  @Test
  void aQuoteClosedByAPeriodTakesALowerCaseSpeechVerbAfterIt() {
    List<Attribution> a = all("\u201CWe are ready for the vote.\u201D said Jane Roe.");

    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
  }

  @Test
  void aCapitalisedWordInsideASentenceIsANameWhateverItsTag() {
    List<Attribution> a = all("\u201CThe tests are done,\u201D Young said. \u201CWe wait now,\u201D"
        + " Rich added.");

    assertThat(a).extracting(Attribution::speaker).containsExactly("Young", "Rich");
  }

  @Test
  void aShortParenthesisBetweenNameAndVerbIsSkipped() {
    List<Attribution> a = all("\u201CWe will fight this bill,\u201D Sen. Jane Roe (D-Ore.) said.");

    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
  }

  @Test
  void aReportingClauseEndingTheSentenceReportsItsQuotes() {
    List<Attribution> a =
        partial("The city cannot afford the \u201Creckless spending\u201D planned by the board,"
            + " she said.");

    assertThat(a.get(0).mention()).isEqualTo("she");
    assertThat(a.get(0).cue()).isEqualTo("said");
  }

  @Test
  void anyVerbIntroducingTheQuoteThroughAdverbialsIsTheCue() {
    List<Attribution> a =
        all("Jane Roe wrote on Monday in a letter to members that \u201Cthe plan is dead.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
    assertThat(a.get(0).cue()).isEqualTo("wrote");
  }

  @Test
  void aQuoteWovenIntoTheWritersClauseTakesItsSubject() {
    List<Attribution> a =
        partial("Jane Roe wants the board to issue \u201Ca full apology\u201D to the town.");

    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
    assertThat(a.get(0).sieve()).isEqualTo(Sieves.CLAUSE_SUBJECT);
  }

  @Test
  void aSourceTheArticleNeverNamesKeepsItsMentionWithoutSpeaker() {
    List<Attribution> a = all("\u201CNobody asked us about the road,\u201D one resident said."
        + " \u201CNot once.\u201D");

    assertThat(a.get(0).speaker()).isNull();
    assertThat(a.get(0).mention()).isEqualTo("one resident");
    assertThat(a.get(0).sieve()).isEqualTo(UnnamedSourceSieve.NAME);
    assertThat(a.get(1).mention()).as("the next quote continues it").isEqualTo("one resident");
    assertThat(a.get(1).sieve()).isEqualTo(ContinuationSieve.NAME);
  }

  @Test
  void aQuoteAfterASentenceWithASpeechVerbTakesItsSubject() {
    List<Attribution> a =
        all("Jane Roe questioned the new figures on Monday. \u201CThey do not add up.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Jane Roe");
    assertThat(a.get(0).sieve()).isEqualTo(Sieves.LEAD_IN);
  }

  @Test
  void aQuoteParagraphAfterALeadInSentenceTakesItsSubjectWhateverTheVerb() {
    List<Attribution> a =
        all("Tom Reyes had a warning for voters.\n\u201CRead the small print first.\u201D");

    assertThat(a.get(0).speaker()).isEqualTo("Tom Reyes");
  }

  @Test
  void aSentenceHoldingAQuoteStopsTheLeadInSearch() {
    List<Attribution> a = all("Jane Roe said the plan was dead.\n\u201CWe won,\u201D Tom Reyes"
        + " said. \u201CIt was hard.\u201D");

    assertThat(a.get(1).speaker()).isEqualTo("Tom Reyes");
    assertThat(a.get(1).sieve()).isEqualTo(ContinuationSieve.NAME);
  }

  @Test
  void aQuoteAfterAMultiParagraphQuoteContinuesIt() {
    String text = "Jane Roe said: \u201CWe begin today.\n"
        + "\u201CWe will not stop.\u201D \u201CNot ever.\u201D";
    List<AttributedQuote> quotes =
        NlpModels.shared().newProcessor().process(Article.of("a", text)).quotes();

    assertThat(quotes).as("one quote over two paragraphs, then one more").hasSize(2);
    assertThat(quotes).extracting(q -> q.attribution().speaker())
        .containsExactly("Jane Roe", "Jane Roe");
  }
}

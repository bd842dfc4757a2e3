package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.quote.QuoteKind;
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
}

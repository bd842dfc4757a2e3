package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueAdjacencySieveTest {

  private static final String SIEVE = Sieves.CUE_ADJACENCY;

  @Test
  void saidAfterNameAttributesToName() {
    List<Attribution> a =
        Attributions.of("\u201CThe harvest was poor this year,\u201D Maria Lopez said.", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Maria Lopez");
    assertThat(a.get(0).cue()).isEqualTo("said");
    assertThat(a.get(0).sieve()).isEqualTo(SIEVE);
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.PERSON);
  }

  @Test
  void saidBeforeName() {
    List<Attribution> a =
        Attributions.of("\"We will rebuild the bridge,\" said Jonas Berg on Tuesday.", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Jonas Berg");
    assertThat(a.get(0).mention()).isEqualTo("Jonas Berg");
  }

  @Test
  void interruptedQuoteTakesSpeakerOfCue() {
    List<Attribution> a =
        Attributions.of(
            "\u201CFrankly,\u201D Maria Lopez said, \u201Cthe farmers deserve better prices.\u201D",
            SIEVE);

    assertThat(a).extracting(Attribution::speaker).containsExactly("Maria Lopez", "Maria Lopez");
  }

  @Test
  void nameTellsThatBeforeQuote() {
    List<Attribution> a =
        Attributions.of(
            "Jonas Berg told reporters on Friday that \u201Cthe bridge will open in May.\u201D",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Jonas Berg");
    assertThat(a.get(0).cue()).isEqualTo("told");
  }

  @Test
  void warnedAfterQuoteIsACue() {
    List<Attribution> a =
        Attributions.of("\u201CPrices will rise again,\u201D Lopez warned.", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Lopez");
    assertThat(a.get(0).cue()).isEqualTo("warned");
  }

  @Test
  void titleGoesToSpeakerTitle() {
    List<Attribution> a =
        Attributions.of(
            "Norwegian Health Minister Amira Haddad said, \u201CThe clinics stay open.\u201D",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Amira Haddad");
    assertThat(a.get(0).speakerTitle()).isEqualTo("Norwegian Health Minister");
    assertThat(a.get(0).mention()).isEqualTo("Norwegian Health Minister Amira Haddad");
  }

  @Test
  void pronounIsLeftToLaterSieves() {
    List<Attribution> a =
        Attributions.of("Maria Lopez arrived. \u201CWe are ready,\u201D she said.", SIEVE);

    assertThat(a.get(0)).isEqualTo(Attribution.none());
  }

  @Test
  void nameWithInitialAndSuffixIsOneSpeaker() {
    List<Attribution> a =
        Attributions.of("Walter J. Price Jr. wrote that the vote was \u201Ca farce.\u201D", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Walter J. Price Jr.");
  }

  @Test
  void passiveAndModalVerbsAreNoCues() {
    List<Attribution> a =
        Attributions.of(
            "Mayor Ines Kohl said two roads had been reported closed but that repairs would"
                + " be \"quick and cheap.\"",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Ines Kohl");
    assertThat(a.get(0).cue()).isEqualTo("said");
  }
}

package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColonLeadInSieveTest {

  private static final String SIEVE = Sieves.COLON_LEAD_IN;

  @Test
  void colonLeadInSameParagraph() {
    List<Attribution> a =
        Attributions.of(
            "Jonas Berg told the committee: \u201CWe ran out of concrete in March.\u201D", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Jonas Berg");
    assertThat(a.get(0).cue()).isEqualTo("told");
    assertThat(a.get(0).sieve()).isEqualTo(SIEVE);
  }

  @Test
  void colonLeadInInPreviousParagraph() {
    List<Attribution> a =
        Attributions.of(
            "The storm closed the port for a week. Harbour master Petra Lind told workers:\n"
                + "\u201CNobody goes out until the wind drops.\u201D",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Petra Lind");
    assertThat(a.get(0).speakerTitle()).isEqualTo("Harbour master");
  }

  @Test
  void leadInWithoutSpeechVerbNamesItsSubject() {
    List<Attribution> a =
        Attributions.of(
            "Lena Park, head of the tenants' group, was more hopeful: \u201CWe finally have a"
                + " deal.\u201D",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Lena Park");
  }

  @Test
  void dashLeadInActsLikeAColon() {
    List<Attribution> a =
        Attributions.of(
            "Asked how long the strike would last, Omar Reyes did not hesitate \u2014"
                + " \u201Cas long as it takes.\u201D",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Omar Reyes");
  }
}

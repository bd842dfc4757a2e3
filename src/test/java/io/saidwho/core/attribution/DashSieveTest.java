package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashSieveTest {

  private static final String SIEVE = Sieves.DASH;

  @Test
  void dashAttribution() {
    List<Attribution> a =
        Attributions.of(
            "\u201CGood bread needs time.\u201D \u2014 Ilse Brandt, baker\n"
                + "\"Patience is cheap.\" - Tomas Novak",
            SIEVE);

    assertThat(a).extracting(Attribution::speaker).containsExactly("Ilse Brandt", "Tomas Novak");
    assertThat(a.get(0).speakerTitle()).isEqualTo("baker");
    assertThat(a.get(0).sieve()).isEqualTo(SIEVE);
  }

  @Test
  void dashBeforeLowerCaseAsideIsNoAttribution() {
    List<Attribution> a =
        Attributions.of("She wrote \"the bridge is safe\" \u2014 the boldest claim yet.", SIEVE);

    assertThat(a.get(0)).isEqualTo(Attribution.none());
  }

  @Test
  void aSignatureLinesFullStopIsNoPartOfTheName() {
    List<Attribution> a = Attributions.of(
        "\"The harbor needs dredging.\"\n\n- Ilse Brandt.\n\nThe council met.", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Ilse Brandt");
    assertThat(a.get(0).mention()).isEqualTo("Ilse Brandt");
  }

  @Test
  void aSignaturesAbbreviationKeepsItsPeriod() {
    List<Attribution> a =
        Attributions.of("\"The harbor needs dredging.\" - Tomas Novak Jr.", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Tomas Novak Jr.");
  }
}

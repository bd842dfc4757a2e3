package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccordingToSieveTest {

  private static final String SIEVE = Sieves.ACCORDING_TO;

  @Test
  void accordingToNamesSpeaker() {
    List<Attribution> a =
        Attributions.of(
            "According to Jonas Berg, the repairs were \u201Cfinished ahead of time.\u201D", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Jonas Berg");
    assertThat(a.get(0).cue()).as("the cue as written").isEqualTo("According to");
    assertThat(a.get(0).sieve()).isEqualTo(SIEVE);
  }

  @Test
  void accordingToOrganizationReadout() {
    List<Attribution> a =
        Attributions.of(
            "The talks were \u201Cconstructive and frank,\u201D according to a Transport"
                + " Ministry readout.",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Transport Ministry");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
  }
}

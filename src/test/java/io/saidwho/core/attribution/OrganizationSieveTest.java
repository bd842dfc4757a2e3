package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationSieveTest {

  @Test
  void organizationSpeakerIsTyped() {
    List<Attribution> a =
        Attributions.of(
            "\u201CThe border stays closed,\u201D the Interior Ministry said.",
            Sieves.CUE_ADJACENCY);

    assertThat(a.get(0).speaker()).isEqualTo("Interior Ministry");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
  }

  @Test
  void statementResolvesToNamedOrganization() {
    List<Attribution> a =
        Attributions.of(
            "The Transport Ministry published a note on Friday.\n"
                + "\u201CAll ferries will run on Sunday,\u201D the statement noted.",
            OrganizationSieve.NAME);

    assertThat(a.get(0).speaker()).isEqualTo("Transport Ministry");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
    assertThat(a.get(0).sieve()).isEqualTo(OrganizationSieve.NAME);
  }

  @Test
  void acronymSpeakerIsAnOrganization() {
    List<Attribution> a =
        Attributions.of(
            "The WFO called the harvest \u201Cthe worst in a decade.\u201D",
            Sieves.CUE_ADJACENCY);

    assertThat(a.get(0).speaker()).isEqualTo("WFO");
    assertThat(a.get(0).speakerType()).isEqualTo(SpeakerType.ORGANIZATION);
  }

  @Test
  void descriptionPrefersTheOrganizationItNames() {
    List<Attribution> a =
        Attributions.of(
            "The Harbour Pilots Association rejected the offer on Monday.\n"
                + "Talks with the Port Authority continued.\n"
                + "The association said the offer was \u201Can insult.\u201D",
            OrganizationSieve.NAME);

    assertThat(a.get(0).speaker()).isEqualTo("Harbour Pilots Association");
  }
}

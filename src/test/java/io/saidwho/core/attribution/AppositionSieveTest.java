package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppositionSieveTest {

  private static final String SIEVE = Sieves.APPOSITION;

  @Test
  void appositionWithCommas() {
    List<Attribution> a =
        Attributions.of(
            "Tomas Novak, a dairy farmer, said: \u201CThe river flooded twice.\u201D", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Tomas Novak");
    assertThat(a.get(0).speakerTitle()).isEqualTo("dairy farmer");
    assertThat(a.get(0).sieve()).isEqualTo(SIEVE);
  }

  @Test
  void appositionAfterInvertedCue() {
    List<Attribution> a =
        Attributions.of(
            "\u201CThe river flooded twice,\u201D said Tomas Novak, a dairy farmer.", SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Tomas Novak");
    assertThat(a.get(0).speakerTitle()).isEqualTo("dairy farmer");
  }

  @Test
  void preposedTitleBeforeNameInCommas() {
    List<Attribution> a =
        Attributions.of(
            "The mayor of the town, Ilse Brandt, said the dam was \u201Cnever inspected.\u201D",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Ilse Brandt");
    assertThat(a.get(0).speakerTitle()).isEqualTo("mayor of the town");
  }

  @Test
  void longerTitleInAppositionBeforeCue() {
    List<Attribution> a =
        Attributions.of(
            "In a speech, Ilse Brandt, the mayor of the northern town, said \u201Cwe will"
                + " rebuild.\u201D",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Ilse Brandt");
    assertThat(a.get(0).speakerTitle()).isEqualTo("mayor of the northern town");
  }

  @Test
  void relativeClauseBetweenNameAndCueIsSkipped() {
    List<Attribution> a =
        Attributions.of(
            "Council President Ada Moss, who wrote most of the plan, said the cuts were"
                + " \"painful but fair.\"",
            Sieves.CUE_ADJACENCY,
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Ada Moss");
    assertThat(a.get(0).speakerTitle()).isEqualTo("Council President");
  }

  @Test
  void ageAndRoleAppositionsAreChained() {
    List<Attribution> a =
        Attributions.of(
            "Rosa Diaz, 61, a retired nurse from Elm Grove, said she was \"still undecided.\"",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Rosa Diaz");
    assertThat(a.get(0).speakerTitle()).isEqualTo("retired nurse from Elm Grove");
  }

  @Test
  void relativePronounSubjectTakesTheNameBeforeIt() {
    List<Attribution> a =
        Attributions.of(
            "She faces Sen. Wendell Hart, who has called her plan \"a fantasy\" in ads.",
            Sieves.CUE_ADJACENCY,
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Wendell Hart");
  }
}

package io.saidwho.core.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameIndexTest {

  @Test
  void surnameCanonicalisedToFullName() {
    NameIndex names =
        NameIndex.of("Agriculture Secretary Maria Lopez visited Brno. Lopez met growers there.");

    assertThat(names.canonical("Lopez")).isEqualTo("Maria Lopez");
  }

  @Test
  void surnameStaysWhenArticleGivesNoFirstName() {
    NameIndex names = NameIndex.of("On Monday, Novak met growers. Novak left at noon.");

    assertThat(names.canonical("Novak")).isEqualTo("Novak");
  }

  @Test
  void titlesAreStrippedFromNames() {
    NameIndex names = NameIndex.of("Secretary of State Jane Roe flew to Oslo. Roe spoke.");

    assertThat(names.occurrences())
        .extracting(o -> o.parts().name())
        .contains("Jane Roe")
        .doesNotContain("Secretary of State Jane Roe");
    assertThat(names.canonical("Roe")).isEqualTo("Jane Roe");
  }

  @Test
  void placesAndMonthsAreNotPersons() {
    NameIndex names = NameIndex.of("In March, Denmark and Brazil signed the deal in Geneva.");

    assertThat(names.occurrences()).noneMatch(NameOccurrence::isPerson);
  }

  @Test
  void aDefiniteNameEndingTheSentenceDoesNotJoinTheNextSentencesSubject() {
    NameIndex names = NameIndex.of("The album sold well in the UK. Brandt said the tour was next.");

    assertThat(names.occurrences())
        .filteredOn(o -> "Brandt".equals(o.parts().name()))
        .singleElement()
        .satisfies(o -> assertThat(o.subjectLike()).isTrue())
        .satisfies(o -> assertThat(o.begin()).isEqualTo(31));
  }

  @Test
  void aNameAfterAPossessiveDeterminerIsSomethingOwnedNotASubject() {
    NameIndex names = NameIndex.of("Under her Harbour Watch plan, owners can search the web.");

    assertThat(names.occurrences())
        .filteredOn(o -> "Harbour Watch".equals(o.parts().name()))
        .singleElement()
        .satisfies(o -> assertThat(o.subjectLike()).isFalse());
  }

  @Test
  void aHeadlinesCapitalsDoNotJoinWordsToTheBodysName() {
    NameIndex names = NameIndex.of("Harbor Chief Quits, Crews Thank Okafor\n\n"
        + "Harbor chief Ngozi Okafor said on Monday she would leave. Okafor thanked the crews.");

    assertThat(names.canonical("Okafor")).isEqualTo("Ngozi Okafor");
  }

  @Test
  void aHeadlineGivesTheFullNameWhenTheBodyGivesOnlyTheSurname() {
    NameIndex names = NameIndex.of("Winter Market Opens Under Ilse Brandt\n\n"
        + "The stalls opened at dawn. Brandt said the bakers came first.");

    assertThat(names.canonical("Brandt")).isEqualTo("Ilse Brandt");
  }

  @Test
  void aSentenceOpeningWordTheArticleAlsoWritesInLowerCaseIsNoPartOfTheName() {
    NameIndex names = NameIndex.of("The vote is close, and maybe it will turn. "
        + "Maybe Novak will win it. Novak said the count would end tonight.");

    assertThat(names.canonical("Novak")).isEqualTo("Novak");
    assertThat(names.occurrences()).extracting(o -> o.parts().name()).doesNotContain("Maybe Novak");
  }

  @Test
  void aSentenceOpeningGivenNameOrRoleStaysWithTheNameEvenWhenAlsoACommonWord() {
    NameIndex names = NameIndex.of("The bill passed and the senator smiled. "
        + "Bill Okafor spoke first. Senator Okafor said the bill would help. Okafor left.");

    assertThat(names.canonical("Okafor")).isEqualTo("Bill Okafor");
  }

  @Test
  void aSentenceOpeningCommonWordStaysInAnOrganizationsName() {
    NameIndex names = NameIndex.of("The state budget is late. State Department staff said so.");

    assertThat(names.occurrences()).extracting(o -> o.parts().name())
        .contains("State Department");
  }

  @Test
  void aHeadlinesOpeningCapitalGivesOnlyASecondChoiceName() {
    NameIndex names = NameIndex.of("Unflappable Okafor wins again\n\n"
        + "Harbor chief Ngozi Okafor said on Monday she would stay. Okafor thanked the crews.");

    assertThat(names.canonical("Okafor")).isEqualTo("Ngozi Okafor");
  }

  @Test
  void aTitlesFormThatOpensWithAGivenNameBeatsABodyFormThatDoesNot() {
    NameIndex names = NameIndex.of("Maria Okafor wins the harbor vote\n\n"
        + "Stated Okafor: the crews come first. Okafor thanked them.");

    assertThat(names.canonical("Okafor")).isEqualTo("Maria Okafor");
  }

  @Test
  void aDefinitePossessiveNameOpeningTheSentenceIsItsSubject() {
    NameIndex names = NameIndex.of("The vote was close. The Harbour Trust's board backed the plan.");

    assertThat(names.occurrences())
        .filteredOn(o -> "Harbour Trust".equals(o.parts().name()))
        .singleElement()
        .satisfies(o -> assertThat(o.subjectLike()).isTrue());
  }
}

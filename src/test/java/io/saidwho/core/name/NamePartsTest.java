package io.saidwho.core.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePartsTest {

  @Test
  void roleWordsGoToTitle() {
    NameParts parts = NameParts.parse("Chilean Foreign Minister Ana Soto");

    assertThat(parts.title()).isEqualTo("Chilean Foreign Minister");
    assertThat(parts.name()).isEqualTo("Ana Soto");
    assertThat(parts.organization()).isFalse();
  }

  @Test
  void nameParticlesStayInName() {
    assertThat(NameParts.parse("Trade Minister Omar al-Rashid").name()).isEqualTo("Omar al-Rashid");
    assertThat(NameParts.parse("Sen. Faisal bin Nasser").name()).isEqualTo("Faisal bin Nasser");
  }

  @Test
  void organizationHeadMakesAnOrganization() {
    NameParts parts = NameParts.parse("the Foreign Ministry");

    assertThat(parts.organization()).isTrue();
    assertThat(parts.name()).isEqualTo("Foreign Ministry");
  }

  @Test
  void bareRoleHasNoName() {
    assertThat(NameParts.parse("the Prime Minister").hasName()).isFalse();
  }

  @Test
  void capitalisedDescriptorsBeforeAGivenNameAndSurnameAreNoPartOfTheName() {
    NameParts parts = NameParts.parse("Billionaire Maria Lopez");

    assertThat(parts.name()).isEqualTo("Maria Lopez");
    assertThat(parts.title()).isEqualTo("Billionaire");
  }

  @Test
  void aGivenNameThatEndsTheNameIsASurnameNotTheNamesStart() {
    assertThat(NameParts.parse("Rand Paul").name()).isEqualTo("Rand Paul");
  }

  @Test
  void aNameThatOpensWithAGivenNameKeepsItsMiddleGivenNames() {
    assertThat(NameParts.parse("Mary Anne Okafor").name()).isEqualTo("Mary Anne Okafor");
    assertThat(NameParts.parse("J. Maria Lopez").name()).isEqualTo("J. Maria Lopez");
  }

  @Test
  void professionsAndCampaignRolesBeforeANameAreItsTitle() {
    NameParts parts = NameParts.parse("Actress Ngozi Okafor");

    assertThat(parts.name()).isEqualTo("Ngozi Okafor");
    assertThat(parts.title()).isEqualTo("Actress");
    assertThat(NameParts.parse("Republican challenger Tomas Novak").name()).isEqualTo("Tomas Novak");
  }

  @Test
  void aGivenNameThatIsAlsoAFaithOrNationalityOpensTheNameBeforeASurname() {
    NameParts parts = NameParts.parse("Army Capt. Christian Okafor");

    assertThat(parts.name()).isEqualTo("Christian Okafor");
    assertThat(parts.title()).isEqualTo("Army Capt.");
    assertThat(NameParts.parse("Christian").hasName()).isFalse();
  }

  @Test
  void aNameEndingInAPlaceHeadNamesAPlaceNotAPerson() {
    assertThat(NameParts.parse("Okafor City").organization()).isTrue();
    assertThat(NameParts.parse("Brandt Sea").organization()).isTrue();
    assertThat(NameParts.parse("Maria Valley").organization()).isFalse();
  }
}

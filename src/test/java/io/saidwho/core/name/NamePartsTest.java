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
}

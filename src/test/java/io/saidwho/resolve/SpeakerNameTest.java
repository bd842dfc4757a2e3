package io.saidwho.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.resolve.SpeakerName.Form;
import org.junit.jupiter.api.Test;

class SpeakerNameTest {

  @Test
  void aFullNameHasItsLastWordAsSurname() {
    SpeakerName name = SpeakerName.person("Ana Soto");

    assertThat(name.form()).isEqualTo(Form.FULL_NAME);
    assertThat(name.key()).isEqualTo("ana soto");
    assertThat(name.surnameKey()).isEqualTo("soto");
    assertThat(name.groupKey()).isEqualTo(SpeakerName.person("Soto").groupKey());
  }

  @Test
  void aSingleNameWordIsASurname() {
    SpeakerName name = SpeakerName.person("Soto");

    assertThat(name.form()).isEqualTo(Form.SURNAME);
    assertThat(name.surnameKey()).isEqualTo("soto");
  }

  @Test
  void roleWordsAreNotPartOfTheName() {
    SpeakerName name = SpeakerName.person("Interior Minister Ana Soto");

    assertThat(name.key()).isEqualTo("ana soto");
    assertThat(name.display()).isEqualTo("Ana Soto");
    assertThat(SpeakerName.person("Mr. Soto").form()).isEqualTo(Form.SURNAME);
  }

  @Test
  void aTitleAloneIsATitle() {
    assertThat(SpeakerName.person("the Prime Minister").form()).isEqualTo(Form.TITLE);
    assertThat(SpeakerName.person("King").form()).isEqualTo(Form.TITLE);
    assertThat(SpeakerName.person("the Prime Minister").groupKey())
        .isNotEqualTo(SpeakerName.person("Prime Minister Ana Soto").groupKey());
  }

  @Test
  void generationalSuffixesAreNotSurnames() {
    SpeakerName name = SpeakerName.person("Carl Benton Jr.");

    assertThat(name.form()).isEqualTo(Form.FULL_NAME);
    assertThat(name.surnameKey()).isEqualTo("benton");
  }

  @Test
  void keysIgnoreCaseAccentsAndPunctuation() {
    assertThat(SpeakerName.person("José Núñez").key())
        .isEqualTo(SpeakerName.person("JOSE NUNEZ").key()).isEqualTo("jose nunez");
    assertThat(SpeakerName.person("Liam O’Dowd").key()).isEqualTo("liam odowd");
    assertThat(SpeakerName.person("Mara Lind-Holm").surnameKey()).isEqualTo("holm");
  }

  @Test
  void organizationsAreKeyedByTheirName() {
    SpeakerName org = SpeakerName.organization("the Harbour Authority");

    assertThat(org.form()).isEqualTo(Form.ORGANIZATION);
    assertThat(org.key()).isEqualTo("harbour authority");
    assertThat(org.type()).isEqualTo("organization");
    assertThat(org.groupKey()).isNotEqualTo(SpeakerName.person("Authority").groupKey());
  }
}

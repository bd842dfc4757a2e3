package io.saidwho.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.resolve.SpeakerEntities.Alias;
import io.saidwho.resolve.SpeakerEntities.Resolved;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpeakerEntitiesTest {

  private static Alias person(String alias, long quotes) {
    return new Alias(SpeakerName.person(alias), quotes);
  }

  private static Map<String, Resolved> resolve(Alias... group) {
    List<Resolved> out = SpeakerEntities.resolve(Arrays.asList(group));
    return out.stream().collect(Collectors.toMap(Resolved::alias, r -> r));
  }

  @Test
  void aSurnameJoinsTheOneFullNameWithThatSurname() {
    Map<String, Resolved> out = resolve(person("Soto", 3), person("Ana Soto", 1));

    assertThat(out.get("Soto").speakerId()).isEqualTo(out.get("Ana Soto").speakerId());
    assertThat(out.get("Soto").speaker()).isEqualTo("Ana Soto");
  }

  @Test
  void aSurnameWithTwoFullNamesStaysApart() {
    Map<String, Resolved> out = resolve(person("Reyes", 2), person("Ana Reyes", 1),
        person("Luis Reyes", 1));

    assertThat(out.get("Reyes").speakerId())
        .isNotEqualTo(out.get("Ana Reyes").speakerId())
        .isNotEqualTo(out.get("Luis Reyes").speakerId());
    assertThat(out.get("Ana Reyes").speakerId()).isNotEqualTo(out.get("Luis Reyes").speakerId());
    assertThat(out.get("Reyes").speaker()).isEqualTo("Reyes");
  }

  @Test
  void aSurnameAloneIsItsOwnEntity() {
    Map<String, Resolved> out = resolve(person("Soto", 2), person("SOTO", 1));

    assertThat(out.get("Soto").speakerId()).isEqualTo(out.get("SOTO").speakerId());
    assertThat(out.get("Soto").speaker()).isEqualTo("Soto");
  }

  @Test
  void spellingsOfOneNameAreOneEntityNamedByTheMostQuoted() {
    Map<String, Resolved> out = resolve(person("ANA SOTO", 1), person("Ana Soto", 4),
        person("Minister Ana Soto", 1));

    assertThat(out.values()).extracting(Resolved::speakerId).containsOnly(
        out.get("Ana Soto").speakerId());
    assertThat(out.values()).extracting(Resolved::speaker).containsOnly("Ana Soto");
  }

  @Test
  void aTitleNeverJoinsAName() {
    Resolved title = resolve(person("the Minister", 5)).get("the Minister");
    Resolved name = resolve(person("Minister Ana Soto", 1)).get("Minister Ana Soto");

    assertThat(title.speakerId()).isNotEqualTo(name.speakerId());
    assertThat(title.speaker()).isEqualTo("Minister");
  }

  @Test
  void idsDependOnTheEntityNotOnTheBatch() {
    String alone = resolve(person("Ana Soto", 1)).get("Ana Soto").speakerId();
    String joined = resolve(person("Soto", 9), person("Ana Soto", 1)).get("Soto").speakerId();

    assertThat(joined).isEqualTo(alone);
  }

  @Test
  void anOrganizationAndAPersonOfOneNameAreTwoEntities() {
    Resolved org = resolve(new Alias(SpeakerName.organization("Lindqvist"), 1)).get("Lindqvist");
    Resolved person = resolve(person("Lindqvist", 1)).get("Lindqvist");

    assertThat(org.speakerId()).isNotEqualTo(person.speakerId());
    assertThat(org.speakerType()).isEqualTo("organization");
    assertThat(person.speakerType()).isEqualTo("person");
  }

  @Test
  void aGroupOfSpeakersIsItsOwnEntityAndNeverTakesASurname() {
    List<Resolved> out = SpeakerEntities.resolve(Arrays.asList(
        new Alias(SpeakerName.group("Lee and Park"), 2), person("Park", 1),
        person("Ana Park", 1)));
    Map<String, Resolved> byAlias =
        out.stream().collect(Collectors.toMap(Resolved::alias, r -> r));

    assertThat(byAlias.get("Lee and Park").speakerType()).isEqualTo("group");
    assertThat(byAlias.get("Park").speakerId()).isEqualTo(byAlias.get("Ana Park").speakerId())
        .isNotEqualTo(byAlias.get("Lee and Park").speakerId());
  }
}

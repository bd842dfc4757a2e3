package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PronounSieveTest {

  private static final String SIEVE = PronounSieve.NAME;

  @Test
  void pronounResolvesToLastPerson() {
    List<Attribution> a =
        Attributions.of(
            "Farm union leader Tomas Novak met growers in Brno on Monday.\n"
                + "\u201CWe need rain more than money,\u201D he said.",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Tomas Novak");
    assertThat(a.get(0).mention()).isEqualTo("he");
    assertThat(a.get(0).sieve()).isEqualTo(SIEVE);
  }

  @Test
  void pronounPrefersSubjectOverPrepositionObject() {
    List<Attribution> a =
        Attributions.of(
            "After a call with Jonas Berg, Maria Lopez visited the mill.\n"
                + "\u201CIt is running again,\u201D she said.",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Maria Lopez");
  }

  @Test
  void roleDescriptionResolvesToPersonWithThatRole() {
    List<Attribution> a =
        Attributions.of(
            "Finance Minister Amira Haddad met Jonas Berg on Monday. Berg left early.\n"
                + "\u201CThe budget is balanced,\u201D the minister said.",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Amira Haddad");
  }

  @Test
  void sheSkipsAManByGivenName() {
    List<Attribution> a =
        Attributions.of(
            "Emily Hart chaired the hearing. Later, Robert Klein questioned the budget.\n"
                + "\u201CWe will not sign this,\u201D she said.",
            SIEVE);

    assertThat(a.get(0).speaker()).isEqualTo("Emily Hart");
  }

  @Test
  void indefiniteDescriptionIsNotResolved() {
    List<Attribution> a =
        Attributions.of(
            "Jonas Berg opened the mill on Monday.\n"
                + "\u201CWe will not comment,\u201D a company spokesman said.",
            SIEVE);

    assertThat(a.get(0)).isEqualTo(Attribution.none());
  }
}

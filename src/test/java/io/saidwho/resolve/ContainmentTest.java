package io.saidwho.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainmentTest {

  private static final String WHOLE = QuoteKey.normalise(
      "We will rebuild the bridge by spring, and the ferry will run until then.");

  private static boolean joins(String part) {
    return Containment.joins(QuoteKey.normalise(part), WHOLE);
  }

  @Test
  void aContiguousRunOfSixOrMoreWordsJoinsTheLongerQuotation() {
    assertThat(joins("We will rebuild the bridge by spring")).isTrue();
    assertThat(joins("the ferry will run until then")).isTrue();
    assertThat(joins("rebuild the bridge by spring, and the ferry")).isTrue();
  }

  @Test
  void punctuationAndCaseDoNotBreakContainment() {
    assertThat(joins("…BY SPRING — and the ferry will run…")).isTrue();
  }

  @Test
  void fewerThanSixWordsNeverJoin() {
    assertThat(joins("will rebuild the bridge by")).isFalse();
  }

  @Test
  void theWordsMustBeContiguous() {
    assertThat(joins("We will rebuild the bridge and the ferry")).isFalse();
  }

  @Test
  void wordsMustMatchWhole() {
    assertThat(joins("We will rebuild the bridges by spring")).isFalse();
    assertThat(joins("e will rebuild the bridge by spring")).isFalse();
  }

  @Test
  void equalOrLongerQuotationsDoNotJoin() {
    assertThat(Containment.joins(WHOLE, WHOLE)).isFalse();
    assertThat(Containment.joins(WHOLE + " she said", WHOLE)).isFalse();
  }
}

package io.saidwho.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static long[] of(String text) {
    return Shingles.hashes(QuoteKey.normalise(text));
  }

  @Test
  void oneHashPerSixWordWindow() {
    assertThat(of("one two three four five six seven eight")).hasSize(3);
    assertThat(of("one two three four five six")).hasSize(1);
    assertThat(of("one two three four five")).isEmpty();
    assertThat(Shingles.hashes("")).isEmpty();
  }

  @Test
  void aContainedKeysHashesAreAContiguousRunOfTheContainers() {
    long[] whole = of("We will rebuild the bridge by spring, and the ferry will run until then.");
    long[] part = of("the bridge by spring — and the ferry will");

    int at = 3;
    assertThat(Arrays.copyOfRange(whole, at, at + part.length)).containsExactly(part);
  }

  @Test
  void differentWindowsHashDifferently() {
    long[] hashes = of("a b c d e f g h i j k l");

    assertThat(Arrays.stream(hashes).distinct().count()).isEqualTo(hashes.length);
    assertThat(of("a b c d e f")[0]).isNotEqualTo(of("a b c d e ff")[0])
        .isNotEqualTo(of("a b c d ef g")[0]);
  }
}

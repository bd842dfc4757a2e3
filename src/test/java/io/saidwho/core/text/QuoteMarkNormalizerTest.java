package io.saidwho.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarkNormalizerTest {

  @Test
  void curlyMarksBecomeAsciiAndLengthIsKept() {
    String text = "“We’re here,” she said of ‘them’ and «this».";

    String normalized = QuoteMarkNormalizer.normalize(text);

    assertThat(normalized).isEqualTo("\"We're here,\" she said of 'them' and \"this\".");
    assertThat(normalized).hasSameSizeAs(text);
  }

  @Test
  void noBreakSpaceBecomesSpace() {
    assertThat(QuoteMarkNormalizer.normalize("a\u00A0b")).isEqualTo("a b");
  }

  @Test
  void asciiTextIsReturnedAsIs() {
    String text = "plain \"ascii\" text";

    assertThat(QuoteMarkNormalizer.normalize(text)).isSameAs(text);
  }
}

package io.saidwho.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpanTest {

  @Test
  void endIsExclusive() {
    TextSpan span = new TextSpan(2, 5);

    assertThat(span.cover("abcdefg")).isEqualTo("cde");
    assertThat(span.length()).isEqualTo(3);
    assertThat(span.contains(2)).isTrue();
    assertThat(span.contains(5)).isFalse();
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    assertThat(new TextSpan(0, 3).overlaps(new TextSpan(3, 6))).isFalse();
    assertThat(new TextSpan(0, 4).overlaps(new TextSpan(3, 6))).isTrue();
    assertThat(new TextSpan(0, 6).covers(new TextSpan(3, 6))).isTrue();
  }

  @Test
  void badOffsetsAreRejectedWithTheirValues() {
    assertThatThrownBy(() -> new TextSpan(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("begin must not be larger than end: begin=5, end=4");
    assertThatThrownBy(() -> new TextSpan(-1, 4))
        .hasMessage("begin must not be negative: begin=-1");
  }
}

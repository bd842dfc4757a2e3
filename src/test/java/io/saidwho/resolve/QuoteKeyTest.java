package io.saidwho.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteKeyTest {

  @Test
  void caseAndWhiteSpaceDoNotMatter() {
    assertThat(QuoteKey.normalise("  We Will   REBUILD\nthe bridge ")).isEqualTo(
        "we will rebuild the bridge");
  }

  @Test
  void punctuationSeparatesWords() {
    assertThat(QuoteKey.normalise("The plan — all of it — works; really?!"))
        .isEqualTo("the plan all of it works really");
    assertThat(QuoteKey.normalise("a well-known (and long) road…"))
        .isEqualTo("a well known and long road");
  }

  @Test
  void apostrophesOfEveryStyleVanish() {
    assertThat(QuoteKey.normalise("We don't know"))
        .isEqualTo(QuoteKey.normalise("We don’t know"))
        .isEqualTo(QuoteKey.normalise("We dont know"))
        .isEqualTo("we dont know");
  }

  @Test
  void quoteMarkStyleDoesNotMatter() {
    String curly = "The mayor called it “a new start” for the town";
    String straight = "The mayor called it \"a new start\" for the town";
    String single = "The mayor called it ‘a new start’ for the town";
    String guillemets = "The mayor called it «a new start» for the town";

    assertThat(QuoteKey.idOf(curly)).isEqualTo(QuoteKey.idOf(straight))
        .isEqualTo(QuoteKey.idOf(single)).isEqualTo(QuoteKey.idOf(guillemets));
  }

  @Test
  void compatibilityFormsFoldButAccentsStay() {
    assertThat(QuoteKey.normalise("ＷＥ ﬁnd")).isEqualTo("we find");
    assertThat(QuoteKey.normalise("Café crème")).isEqualTo("café crème");
    assertThat(QuoteKey.idOf("café")).isNotEqualTo(QuoteKey.idOf("cafe"));
  }

  @Test
  void differentWordsGiveDifferentIds() {
    assertThat(QuoteKey.idOf("We will win.")).isNotEqualTo(QuoteKey.idOf("We will lose."));
    assertThat(QuoteKey.idOf("We will win.")).hasSize(16).matches("[0-9a-f]{16}");
  }

  @Test
  void aTextWithoutWordsHasNoId() {
    assertThat(QuoteKey.idOf(" … — ?! ")).isNull();
    assertThat(QuoteKey.idOf(null)).isNull();
    assertThat(QuoteKey.idOf("2024")).isNotNull();
  }

  @Test
  void wordCountCountsNormalisedWords() {
    assertThat(QuoteKey.wordCount(QuoteKey.normalise("It's — frankly — over."))).isEqualTo(3);
    assertThat(QuoteKey.wordCount("")).isZero();
  }
}

package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SieveAttributorTest {

  @Test
  void nonSpeechQuoteIsNotAttributed() {
    String text = "Maria Lopez said she watched \u201CThe Long Harvest\u201D twice.";
    List<Quote> quotes = Attributions.quotes(text, QuoteKind.NON_SPEECH);

    List<Attribution> a =
        Attributions.of(text, quotes, Sieves.DEFAULT_ORDER.toArray(new String[0]));

    assertThat(a).containsExactly(Attribution.none());
    assertThat(a.get(0).sieve()).isEqualTo(Attribution.NO_SIEVE);
  }

  @Test
  void laterSieveSeesOnlyUnattributedQuotes() {
    String text =
        "\u201CThe mill is open,\u201D Maria Lopez said.\n\u201CWe hired twelve people.\u201D";

    List<Attribution> a = Attributions.of(text, Sieves.CUE_ADJACENCY, ContinuationSieve.NAME);

    assertThat(a)
        .extracting(Attribution::sieve)
        .containsExactly(Sieves.CUE_ADJACENCY, ContinuationSieve.NAME);
  }

  @Test
  void confidenceIsHigherForAdjacencyThanForPronounAndContinuation() {
    assertThat(Sieves.CUE_ADJACENCY_CONFIDENCE)
        .isGreaterThan(PronounSieve.CONFIDENCE)
        .isGreaterThan(ContinuationSieve.CONFIDENCE);
  }

  @Test
  void unknownSieveNameIsRejected() {
    assertThatThrownBy(() -> Sieves.byName(List.of("cue-adjacency", "gut-feeling")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gut-feeling'")
        .hasMessageContaining("valid sieves are: [cue-adjacency, apposition");
  }

  @Test
  void defaultOrderNamesEverySieve() {
    List<AttributionSieve> sieves = Sieves.byName(Sieves.DEFAULT_ORDER);

    assertThat(sieves)
        .extracting(AttributionSieve::name)
        .containsExactlyElementsOf(Sieves.validNames());
  }
}

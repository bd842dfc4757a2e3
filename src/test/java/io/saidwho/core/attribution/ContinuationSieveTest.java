package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuationSieveTest {

  @Test
  void continuationParagraphKeepsSpeaker() {
    List<Attribution> a =
        Attributions.of(
            "\u201CThe mill is open again,\u201D Maria Lopez said.\n"
                + "\u201CWe hired twelve people this week.\u201D",
            Sieves.CUE_ADJACENCY,
            ContinuationSieve.NAME);

    assertThat(a.get(1).speaker()).isEqualTo("Maria Lopez");
    assertThat(a.get(1).sieve()).isEqualTo(ContinuationSieve.NAME);
    assertThat(a.get(1).confidence()).isLessThan(a.get(0).confidence());
  }

  @Test
  void secondQuotedSentenceInParagraphKeepsSpeaker() {
    List<Attribution> a =
        Attributions.of(
            "\u201CThe mill is open,\u201D Maria Lopez said. \u201CWe hired twelve people.\u201D",
            Sieves.CUE_ADJACENCY,
            ContinuationSieve.NAME);

    assertThat(a).extracting(Attribution::speaker).containsExactly("Maria Lopez", "Maria Lopez");
  }

  @Test
  void quoteAfterUnrelatedParagraphIsNotContinued() {
    List<Attribution> a =
        Attributions.of(
            "\u201CThe mill is open,\u201D Maria Lopez said.\n"
                + "Prices fell in the spring.\n"
                + "\u201CWe hired twelve people.\u201D",
            Sieves.CUE_ADJACENCY,
            ContinuationSieve.NAME);

    assertThat(a.get(1)).isEqualTo(Attribution.none());
  }

  @Test
  void partialQuoteOpeningNextParagraphIsNotContinued() {
    String text = "\u201CThe mill is open,\u201D Maria Lopez said.\n\u201CBread riots\u201D\n";
    List<io.saidwho.core.quote.Quote> quotes =
        List.of(
            Attributions.quotes(text, io.saidwho.core.quote.QuoteKind.DIRECT).get(0),
            Attributions.quotes(text, io.saidwho.core.quote.QuoteKind.PARTIAL).get(1));

    List<Attribution> a =
        Attributions.of(text, quotes, Sieves.CUE_ADJACENCY, ContinuationSieve.NAME);

    assertThat(a.get(0).speaker()).isEqualTo("Maria Lopez");
    assertThat(a.get(1)).isEqualTo(Attribution.none());
  }
}

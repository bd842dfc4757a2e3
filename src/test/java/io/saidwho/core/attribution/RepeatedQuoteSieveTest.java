package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteKind;
import io.saidwho.core.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedQuoteSieveTest {

  @Test
  void subheadingRepeatingABodyQuoteTakesItsSpeaker() {
    String text =
        "'Reckless gambling'\nThe Fishers Guild blamed \"reckless gambling\" for the closures.";
    int body = text.indexOf("reckless");
    List<Quote> quotes =
        List.of(
            new Quote(new TextSpan(1, 18), QuoteKind.PARTIAL, true),
            new Quote(new TextSpan(body, body + 17), QuoteKind.PARTIAL, true));

    List<Attribution> a =
        Attributions.of(text, quotes, Sieves.CUE_ADJACENCY, RepeatedQuoteSieve.NAME);

    assertThat(a.get(1).speaker()).isEqualTo("Fishers Guild");
    assertThat(a.get(0).speaker()).isEqualTo("Fishers Guild");
    assertThat(a.get(0).sieve()).isEqualTo(RepeatedQuoteSieve.NAME);
  }
}

package io.saidwho.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteKind;
import io.saidwho.core.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attributor never throws and returns one attribution per quote, whatever the input. */
class OddInputTest {

  private static final String[] ALL = Sieves.DEFAULT_ORDER.toArray(new String[0]);

  @Test
  void quotesAtTheEdgesOfTheTextAreHandled() {
    String text = "\"Start\" he said - \"\" , \"end";
    List<Quote> quotes =
        List.of(
            new Quote(new TextSpan(1, 6), QuoteKind.DIRECT, true),
            new Quote(new TextSpan(19, 19), QuoteKind.DIRECT, true),
            new Quote(new TextSpan(24, 27), QuoteKind.PARTIAL, false));

    List<Attribution> a = Attributions.of(text, quotes, ALL);

    assertThat(a).hasSize(3);
  }

  @Test
  void quoteWithoutAnySentenceAroundIsUnattributed() {
    String text = "\u201C\u201D";

    List<Attribution> a =
        Attributions.of(text, List.of(new Quote(new TextSpan(1, 1), QuoteKind.DIRECT, true)), ALL);

    assertThat(a).containsExactly(Attribution.none());
  }

  @Test
  void noQuotesGiveNoAttributions() {
    assertThat(Attributions.of("Nothing quoted here. He said so.", List.of(), ALL)).isEmpty();
  }

  @Test
  void everyAttributionNamesItsSieveAndHasConfidenceInRange() {
    String text =
        "\u201CWe are ready,\u201D Maria Lopez said. \u201CTruly.\u201D\n"
            + "\u201CFine,\u201D she added \u2014 and left.\n"
            + "The Fishers Guild said: \u201CNo.\u201D";

    List<Attribution> a = Attributions.of(text, ALL);

    assertThat(a).hasSize(4).allSatisfy(x -> assertThat(x.confidence()).isBetween(0.0, 1.0));
    assertThat(a)
        .extracting(Attribution::sieve)
        .allSatisfy(s -> assertThat(Sieves.validNames()).contains(s));
  }
}

package io.saidwho.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The finder's contract, checked on any text: used by the catalogue and the fuzz test. */
public final class QuoteInvariants {

  private QuoteInvariants() {}

  /**
   * Every span lies inside the text, spans are sorted and do not overlap, and a closed quote sits
   * between two quote marks of one family.
   */
  public static void check(String text, List<Quote> quotes) {
    int previousEnd = 0;
    for (Quote quote : quotes) {
      assertThat(quote.begin()).as("begin of %s", quote).isGreaterThanOrEqualTo(previousEnd);
      assertThat(quote.end()).as("end of %s", quote).isLessThanOrEqualTo(text.length());
      assertThat(quote.begin()).as("mark before %s", quote).isGreaterThan(0);
      assertThat(QuoteMarks.isQuoteMark(text.charAt(quote.begin() - 1)))
          .as("opening mark of %s", quote)
          .isTrue();
      if (quote.closed()) {
        assertThat(quote.end()).as("closing mark of %s", quote).isLessThan(text.length());
        assertThat(QuoteMarks.familyOf(text.charAt(quote.end())))
            .as("family of the marks of %s", quote)
            .isEqualTo(QuoteMarks.familyOf(text.charAt(quote.begin() - 1)));
      }
      previousEnd = quote.end();
    }
  }
}

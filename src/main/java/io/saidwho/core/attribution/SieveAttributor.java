package io.saidwho.core.attribution;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Attributes quotes by running an ordered list of {@link AttributionSieve}s: each sieve sees only
 * the quotes no earlier sieve attributed, in text order; non-speech quotes are never attributed.
 *
 * <p>Needs: the analyzed article and its classified quotes. Produces: one attribution per quote
 * ({@link Attribution#none()} where no sieve applied). Tags only the sentences around quotes.
 * Stateless: thread-safe if its sieves are (the shipped ones are).
 */
public final class SieveAttributor implements Attributor {

  private final List<AttributionSieve> sieves;

  public SieveAttributor(List<AttributionSieve> sieves) {
    this.sieves = List.copyOf(sieves);
  }

  /** The attributor with the {@link Sieves#DEFAULT_ORDER default sieve order}. */
  public static SieveAttributor standard() {
    return new SieveAttributor(Sieves.byName(Sieves.DEFAULT_ORDER));
  }

  public List<AttributionSieve> sieves() {
    return sieves;
  }

  @Override
  public List<Attribution> attribute(AnalyzedText text, List<Quote> quotes) {
    if (quotes.isEmpty()) {
      return List.of();
    }
    ArticleContext context = new ArticleContext(text, quotes);
    for (AttributionSieve sieve : sieves) {
      for (int q = 0; q < quotes.size(); q++) {
        if (context.result(q) == null && quotes.get(q).kind() != QuoteKind.NON_SPEECH) {
          Attribution attribution = sieve.attribute(context, q);
          if (attribution != null) {
            context.record(q, attribution);
          }
        }
      }
    }
    List<Attribution> out = new ArrayList<>(quotes.size());
    for (int q = 0; q < quotes.size(); q++) {
      Attribution a = context.result(q);
      out.add(a == null ? Attribution.none() : a);
    }
    return out;
  }
}

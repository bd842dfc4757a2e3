package io.saidwho.core.attribution;

import io.saidwho.core.attribution.cue.Cue;

/**
 * A quote with a cue of its own whose subject no earlier sieve could name ("one voter said", "the
 * report found", "officials said", "I said" in a column): the source is recorded as its mention,
 * with no speaker, because the article never names it. Later sieves (repeated quote, continuation)
 * do not override a quote's own cue.
 */
public final class UnnamedSourceSieve implements AttributionSieve {

  public static final String NAME = "unnamed-source";

  /** The mention is certain; that it names nobody is what the article gives. */
  public static final double CONFIDENCE = 0.5;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(SieveContext context, int q) {
    Cue cue = context.cue(q);
    return cue == null ? null : context.unnamed(cue, NAME, CONFIDENCE);
  }
}

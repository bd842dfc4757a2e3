package io.saidwho.core.attribution;

/**
 * One attribution rule. {@link SieveAttributor} runs the sieves in order and asks each only about
 * the quotes no earlier sieve attributed (never about non-speech quotes). A sieve outside this
 * package is written against the read-only {@link SieveContext} and registered by name (see
 * {@link Sieves}).
 *
 * <p>Implementations are stateless and thread-safe; per-article state lives in the context.
 */
public interface AttributionSieve {

  /** The name written into {@link Attribution#sieve()} and used in the configured order. */
  String name();

  /** The attribution of quote {@code q} by this rule, or null when the rule does not apply. */
  Attribution attribute(SieveContext context, int q);
}

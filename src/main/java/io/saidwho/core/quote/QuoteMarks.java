package io.saidwho.core.quote;

import io.saidwho.core.text.QuoteMarkNormalizer;

/**
 * The table of quotation-mark characters the finder knows, with each mark's family (double or
 * single, marks of one family pair with each other) and its usual role: opening (“ „ ‟ « ‘ ‚ ‛ ‹),
 * closing (” » ’ ›) or either (the straight " and ' and the primes ″ ′). The role is only a
 * preference: the finder also looks at the context, so German „…“, Swedish ”…” and Danish »…« pair
 * too. Characters not in the table are not quote marks. Stateless and thread-safe.
 */
public final class QuoteMarks {

  /** Which marks pair with which. */
  public enum Family {
    DOUBLE,
    SINGLE
  }

  /** The usual role of a mark, before its context is looked at. */
  public enum Role {
    OPENING,
    CLOSING,
    EITHER
  }

  private QuoteMarks() {}

  /** True when {@code c} is in the table. */
  public static boolean isQuoteMark(char c) {
    return familyOf(c) != null;
  }

  /**
   * The mark's family, or null when {@code c} is not a quote mark: the marks {@link
   * QuoteMarkNormalizer} maps to {@code "} are double, those it maps to {@code '} single.
   */
  public static Family familyOf(char c) {
    switch (QuoteMarkNormalizer.map(c)) {
      case '"':
        return Family.DOUBLE;
      case '\'':
        return Family.SINGLE;
      default:
        return null;
    }
  }

  /** The mark's usual role; {@link Role#EITHER} for characters not in the table. */
  public static Role roleOf(char c) {
    switch (c) {
      case '\u201C':
      case '\u201E':
      case '\u201F':
      case '\u00AB':
      case '\u2018':
      case '\u201A':
      case '\u201B':
      case '\u2039':
        return Role.OPENING;
      case '\u201D':
      case '\u00BB':
      case '\u2019':
      case '\u203A':
        return Role.CLOSING;
      default:
        return Role.EITHER;
    }
  }

  /** True for the primes ″ and ′, which after a digit are units (5′11″), not quote marks. */
  public static boolean isPrime(char c) {
    return c == '\u2033' || c == '\u2032';
  }
}

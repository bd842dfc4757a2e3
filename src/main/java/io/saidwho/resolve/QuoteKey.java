package io.saidwho.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which occurrences of one quotation meet across articles: the quote's words,
 * lower case, without punctuation, one space apart. Apostrophes of every style vanish
 * ({@code don't}, {@code don’t} and {@code dont} are one word); every other char that is not a
 * letter, digit or combining mark (quote marks of any style, dashes, ellipses, brackets, other
 * punctuation, symbols, white space) separates words. Compatibility forms are folded first (NFKC:
 * full-width letters, ligatures); accents are kept. A text with no letter or digit has no key.
 * The quotation id is {@link ShortHash} of the key. Stateless.
 */
public final class QuoteKey {

  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4\u2032]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

  private QuoteKey() {}

  /** The normalised words of {@code text} joined by single spaces; empty when it has none. */
  public static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String joined = APOSTROPHES.matcher(folded).replaceAll("");
    return SEPARATORS.matcher(joined).replaceAll(" ").strip();
  }

  /** The quotation id of {@code text}, or null when it has no words. */
  public static String idOf(String text) {
    Long id = longIdOf(text);
    return id == null ? null : ShortHash.hex(id);
  }

  /** The quotation id of {@code text} as a long ({@link ShortHash#longOf}), or null. */
  public static Long longIdOf(String text) {
    if (text == null) {
      return null;
    }
    String key = normalise(text);
    return key.isEmpty() ? null : ShortHash.longOf(key);
  }

  /** The number of words of a normalised key. */
  public static int wordCount(String key) {
    return key.isEmpty() ? 0 : key.split(" ", -1).length;
  }
}

package io.saidwho.core.text;

/**
 * Maps typographic quote marks and apostrophes to their ASCII twins, and no-break spaces to
 * spaces, char for char, so the result has the same length and every offset stays valid. The
 * OpenNLP English models were trained on ASCII marks: without this, {@code .”} stays one token and
 * sentence ends inside curly quotes are missed.
 */
public final class QuoteMarkNormalizer {

  private QuoteMarkNormalizer() {}

  public static String normalize(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char mapped = map(c);
      if (mapped != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = mapped;
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** The ASCII twin of {@code c}, or {@code c} itself. */
  public static char map(char c) {
    switch (c) {
      case '\u201C': // “
      case '\u201D': // ”
      case '\u201E': // „
      case '\u201F': // ‟
      case '\u00AB': // «
      case '\u00BB': // »
      case '\u2033': // ″
        return '"';
      case '\u2018': // ‘
      case '\u2019': // ’
      case '\u201A': // ‚
      case '\u201B': // ‛
      case '\u2039': // ‹
      case '\u203A': // ›
      case '\u2032': // ′
        return '\'';
      case '\u00A0':
      case '\u2007':
      case '\u202F':
        return ' ';
      default:
        return c;
    }
  }
}

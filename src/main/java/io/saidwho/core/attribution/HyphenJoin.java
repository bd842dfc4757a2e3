package io.saidwho.core.attribution;

import io.saidwho.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins the words the tokenizer splits at a hyphen ("McAllister - Grant", "Adebayo -Cole",
 * "al - Malki", "27 - year - old") into one token, so hyphenated surnames and compounds read as
 * one word. Pieces join when they touch and the hyphen has a letter or digit on both sides. The
 * joined token is a proper noun when any piece was tagged one, else it keeps the last piece's tag. Stateless and thread-safe.
 */
final class HyphenJoin {

  private HyphenJoin() {}

  /** The tokens with hyphen-split words joined. */
  static List<Token> join(List<Token> tokens, String text) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j + 1 < tokens.size() && joins(tokens.get(j), tokens.get(j + 1), text)) {
        j++;
      }
      out.add(j == i ? tokens.get(i) : merged(tokens.subList(i, j + 1), text));
      i = j + 1;
    }
    return out;
  }

  /** Touching tokens with a hyphen at the joint and word chars on both sides of the hyphen. */
  private static boolean joins(Token left, Token right, String text) {
    int at = left.end();
    if (at != right.begin() || at < 2 || at + 1 >= text.length()) {
      return false;
    }
    if (text.charAt(at - 1) == '-') {
      return isWordChar(text.charAt(at - 2)) && isWordChar(text.charAt(at));
    }
    return text.charAt(at) == '-'
        && isWordChar(text.charAt(at - 1))
        && isWordChar(text.charAt(at + 1));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static Token merged(List<Token> pieces, String text) {
    Token first = pieces.get(0);
    Token last = pieces.get(pieces.size() - 1);
    boolean anyPropn = false;
    for (Token t : pieces) {
      anyPropn |= t.pos() != null && t.pos().startsWith("PROPN");
    }
    String pos = anyPropn ? "PROPN" : last.pos();
    return new Token(first.begin(), last.end(), pos);
  }
}

package io.saidwho.core.attribution.cue;

import io.saidwho.core.name.NameWords;
import io.saidwho.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins what the tokenizer splits inside a name. Title abbreviations keep their period ("Prof .",
 * "Gen ." become "Prof.", "Gen."), as does a word whose period a comma or closing parenthesis
 * follows ("(D-Ore.)"), and a middle initial before a name ("Harry M. Reid"), so the period is not
 * read as a sentence end. Words split at a
 * hyphen ("McAllister - Grant", "Adebayo -Cole",
 * "al - Malki", "27 - year - old") into one token, so hyphenated surnames and compounds read as
 * one word. Pieces join when they touch and the hyphen has a letter or digit on both sides. The
 * joined token is a proper noun when any piece was tagged one, else it keeps the last tag that is
 * no punctuation. Stateless and thread-safe.
 */
final class TokenJoins {

  private TokenJoins() {}

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
    if (right.end() == at + 1 && text.charAt(at) == '.') {
      return isTitleAbbreviation(left.text(text) + ".") || endsAbbreviation(text, at + 1)
          || isInitialBeforeName(left.text(text), text, at + 1);
    }
    if (text.charAt(at - 1) == '-') {
      return isWordChar(text.charAt(at - 2)) && isWordChar(text.charAt(at));
    }
    return text.charAt(at) == '-'
        && isWordChar(text.charAt(at - 1))
        && isWordChar(text.charAt(at + 1));
  }

  /**
   * A period a comma or closing parenthesis follows ("(D-Ore.)", "Inc., the maker") ends an
   * abbreviation, not a sentence.
   */
  private static boolean endsAbbreviation(String text, int after) {
    return after < text.length() && (text.charAt(after) == ')' || text.charAt(after) == ',');
  }

  /** "Harry M. Reid": one capital letter whose period a space and a capitalised word follow. */
  private static boolean isInitialBeforeName(String word, String text, int after) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0))
        && after + 1 < text.length() && text.charAt(after) == ' '
        && Character.isUpperCase(text.charAt(after + 1));
  }

  /** "Prof.", "Gen.", "Dr.": a capitalised role word written short. */
  private static boolean isTitleAbbreviation(String word) {
    return Character.isUpperCase(word.charAt(0)) && word.length() <= 6 && NameWords.isRole(word);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static Token merged(List<Token> pieces, String text) {
    String pos = null;
    for (Token t : pieces) {
      if (t.pos() != null && t.pos().startsWith("PROPN")) {
        pos = "PROPN";
        break;
      }
      if (t.pos() != null && !t.pos().startsWith("PUNCT")) {
        pos = t.pos();
      }
    }
    Token first = pieces.get(0);
    Token last = pieces.get(pieces.size() - 1);
    return new Token(first.begin(), last.end(), pos == null ? last.pos() : pos);
  }
}

package io.saidwho.it;

/**
 * One SQL statement taken from a document, with where it came from. {@link #hasOrderBy()} tells
 * whether the answer's row order is specified: an {@code ORDER BY} outside any parentheses,
 * string literal or comment (one inside {@code OVER (...)} or a subquery does not count).
 *
 * @param origin where the statement was found, for messages (e.g. {@code README.md:120})
 * @param sql the statement without its trailing semicolon
 */
public record SqlStatement(String origin, String sql) {

  /** True when the statement orders its rows at the top level. */
  public boolean hasOrderBy() {
    String code = SqlText.withoutCommentsAndLiterals(sql);
    int depth = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && SqlText.startsWithWords(code, i, "order", "by")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return origin + ": " + sql.strip();
  }
}

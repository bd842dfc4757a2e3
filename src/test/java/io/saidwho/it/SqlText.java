package io.saidwho.it;

import java.util.ArrayList;
import java.util.List;

/**
 * Small lexical helpers over SQL text: blanking comments and string literals (keeping every
 * offset), splitting a script into statements at top-level semicolons, and matching keywords at
 * a position. Enough for the analyst queries of the README; not a SQL parser. Stateless.
 */
public final class SqlText {

  private SqlText() {}

  /** The text with comments and the content of quoted literals replaced by spaces. */
  public static String withoutCommentsAndLiterals(String sql) {
    StringBuilder out = new StringBuilder(sql);
    int i = 0;
    while (i < sql.length()) {
      int end = endOfSkippable(sql, i);
      if (end > i) {
        blank(out, i, end);
        i = end;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /** Splits a script at semicolons outside comments and literals; drops empty statements. */
  public static List<String> statements(String script) {
    String code = withoutCommentsAndLiterals(script);
    List<String> statements = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= code.length(); i++) {
      if (i == code.length() || code.charAt(i) == ';') {
        String statement = script.substring(start, i);
        if (!withoutCommentsAndLiterals(statement).isBlank()) {
          statements.add(statement.strip());
        }
        start = i + 1;
      }
    }
    return statements;
  }

  /** True when {@code words} occur at {@code at}, separated by whitespace, as whole words. */
  public static boolean startsWithWords(String code, int at, String... words) {
    if (at > 0 && isWordChar(code.charAt(at - 1))) {
      return false;
    }
    int i = at;
    for (String word : words) {
      while (i < code.length() && Character.isWhitespace(code.charAt(i)) && i > at) {
        i++;
      }
      if (!code.regionMatches(true, i, word, 0, word.length())) {
        return false;
      }
      i += word.length();
      if (i < code.length() && isWordChar(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int endOfSkippable(String sql, int i) {
    if (sql.startsWith("--", i)) {
      int eol = sql.indexOf('\n', i);
      return eol < 0 ? sql.length() : eol;
    }
    if (sql.startsWith("/*", i)) {
      int close = sql.indexOf("*/", i + 2);
      return close < 0 ? sql.length() : close + 2;
    }
    char c = sql.charAt(i);
    if (c == '\'' || c == '"' || c == '`') {
      return endOfQuoted(sql, i, c);
    }
    return i;
  }

  private static int endOfQuoted(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  /** Blanks a comment entirely; for a literal keeps its quotes so the code stays well formed. */
  private static void blank(StringBuilder out, int begin, int end) {
    char first = out.charAt(begin);
    boolean literal = first == '\'' || first == '"' || first == '`';
    int from = literal ? begin + 1 : begin;
    int to = literal && end - begin >= 2 ? end - 1 : end;
    for (int j = from; j < to; j++) {
      if (out.charAt(j) != '\n') {
        out.setCharAt(j, ' ');
      }
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}

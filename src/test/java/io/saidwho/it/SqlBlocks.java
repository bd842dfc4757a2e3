package io.saidwho.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SQL statements of a Markdown document: every fenced block whose info string starts with
 * {@code sql} (```sql ... ```), split into statements at top-level semicolons. Each statement
 * keeps the document name and the line its block starts on. Stateless.
 */
public final class SqlBlocks {

  private static final Pattern OPEN = Pattern.compile("^\\s{0,3}```\\s*sql\\b.*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSE = Pattern.compile("^\\s{0,3}```\\s*$");

  private SqlBlocks() {}

  /** The statements of the Markdown file at {@code path}, in document order. */
  public static List<SqlStatement> read(Path path) throws IOException {
    return parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
  }

  /** The statements of {@code markdown}; {@code name} is used in each statement's origin. */
  public static List<SqlStatement> parse(String name, String markdown) {
    List<SqlStatement> statements = new ArrayList<>();
    String[] lines = markdown.split("\\R", -1);
    int i = 0;
    while (i < lines.length) {
      if (!OPEN.matcher(lines[i]).matches()) {
        i++;
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.length && !CLOSE.matcher(lines[end]).matches()) {
        end++;
      }
      String block = String.join("\n", List.of(lines).subList(start, end));
      for (String sql : SqlText.statements(block)) {
        statements.add(new SqlStatement(name + ":" + start, sql));
      }
      i = end + 1;
    }
    return statements;
  }
}

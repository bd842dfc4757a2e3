package io.saidwho.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The format of a lexicon resource: UTF-8 text, one entry per line, lines starting with {@code #}
 * are comments (each file opens with a header saying what belongs in it), blank lines are skipped.
 * Entries are lower case; an entry may hold spaces ("call on"). Stateless.
 *
 * @param resource the classpath resource it was read from
 * @param header the comment lines before the first entry, without their {@code #}
 * @param entries the entries in file order, duplicates kept (the lexicon test reports them)
 */
public record LexiconFile(String resource, List<String> header, List<String> entries) {

  /** Reads {@code resource} from the classpath; a missing or malformed file is a build error. */
  public static LexiconFile read(String resource) {
    try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Lexicon resource " + resource + " is not on the classpath");
      }
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + resource, e);
    }
  }

  private static LexiconFile parse(String resource, BufferedReader reader) throws IOException {
    List<String> header = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.startsWith("#")) {
        if (entries.isEmpty()) {
          header.add(trimmed.substring(1).strip());
        }
      } else if (!trimmed.isEmpty()) {
        if (!trimmed.equals(trimmed.toLowerCase(Locale.ROOT))) {
          throw new IllegalStateException(
              resource + ":" + number + ": entries are lower case: " + trimmed);
        }
        entries.add(trimmed);
      }
    }
    return new LexiconFile(resource, List.copyOf(header), List.copyOf(entries));
  }
}

package io.saidwho.core.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * One general word list, as a set of lower-case entries looked up case-insensitively. Immutable;
 * thread-safe. The shipped lists are the constants of {@link Lexicons}.
 */
public final class Lexicon {

  private final String name;
  private final Set<String> entries;

  Lexicon(String name, LexiconFile file) {
    this.name = name;
    this.entries = Set.copyOf(file.entries().stream().distinct().toList());
  }

  public String name() {
    return name;
  }

  /** True when {@code word}, in lower case, is an entry. */
  public boolean contains(String word) {
    return entries.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The entries, lower case. */
  public Set<String> entries() {
    return entries;
  }
}

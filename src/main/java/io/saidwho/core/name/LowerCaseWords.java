package io.saidwho.core.name;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words an article writes in lower case somewhere ("rival", "maybe", "donor"): evidence that
 * the same word capitalised at a sentence start is a common word, not part of a name. Collected on
 * the first lookup (most articles need none) by one pass over the article's chars; not
 * thread-safe (one per scan).
 */
final class LowerCaseWords {

  private final String text;
  private Set<String> words;

  private LowerCaseWords(String text) {
    this.text = text;
  }

  /** The lower-case words (letters only: apostrophes and hyphens end a word) of {@code text}. */
  static LowerCaseWords of(String text) {
    return new LowerCaseWords(text);
  }

  /** True when the article writes {@code word} (in any case as given) in lower case somewhere. */
  boolean contains(String word) {
    if (words == null) {
      words = collect(text);
    }
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> collect(String text) {
    Set<String> words = new HashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (Character.isLowerCase(text.charAt(start))) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }
}

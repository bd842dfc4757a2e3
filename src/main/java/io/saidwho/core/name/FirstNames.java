package io.saidwho.core.name;

import io.saidwho.core.lexicon.Lexicons;
import java.util.Locale;

/**
 * Gender hints from common given names and gendered honorifics ({@link Lexicons}), to keep "she"
 * from resolving to a man and "he" to a woman. Unknown names match both. Thread-safe.
 */
public final class FirstNames {

  private FirstNames() {}

  /** True when the name or its title marks a woman. */
  public static boolean isFemale(NameParts parts) {
    return Lexicons.GIVEN_NAMES_FEMALE.contains(first(parts))
        || hasTitle(parts, Lexicons.HONORIFICS_FEMALE);
  }

  /** True when the name or its title marks a man. */
  public static boolean isMale(NameParts parts) {
    return Lexicons.GIVEN_NAMES_MALE.contains(first(parts))
        || hasTitle(parts, Lexicons.HONORIFICS_MALE);
  }

  /** True for a common given name of either gender ("Chad", "Georgia", "Jordan"). */
  public static boolean isGivenName(String word) {
    return Lexicons.GIVEN_NAMES_FEMALE.contains(word)
        || Lexicons.GIVEN_NAMES_MALE.contains(word)
        || Lexicons.GIVEN_NAMES_EITHER.contains(word);
  }

  private static String first(NameParts parts) {
    if (!parts.hasName() || !parts.name().contains(" ")) {
      return "";
    }
    return parts.name().substring(0, parts.name().indexOf(' ')).toLowerCase(Locale.ROOT);
  }

  private static boolean hasTitle(NameParts parts, Lexicons titles) {
    if (parts.title() == null) {
      return false;
    }
    for (String word : parts.title().toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (titles.contains(word)) {
        return true;
      }
    }
    return false;
  }
}

package io.saidwho.core.name;

import io.saidwho.core.lexicon.Lexicons;
import java.util.Locale;

/**
 * Word classes for telling names from roles, places and organizations, over the general lexicons
 * of {@link Lexicons} (roles, countries, months, organization heads). Lookups are case-insensitive
 * and ignore a trailing period and possessive. Thread-safe.
 */
public final class NameWords {

  private NameWords() {}

  /** A word that names a role or title ("Secretary", "Sen.", "Minister"), not a person. */
  public static boolean isRole(String word) {
    String key = key(word);
    if (Lexicons.ROLES.contains(key)) {
      return true;
    }
    int hyphen = key.lastIndexOf('-');
    return hyphen > 0 && Lexicons.ROLES.contains(key.substring(hyphen + 1)) && isAffix(key, hyphen);
  }

  /** "co-author", "vice-chair", "ex-minister": a role with a prefix. */
  private static boolean isAffix(String key, int hyphen) {
    return Lexicons.ROLE_PREFIXES.contains(key.substring(0, hyphen));
  }

  /** A generational suffix that ends a name ("Jr.", "Sr.", "III"). */
  public static boolean isNameSuffix(String word) {
    return Lexicons.NAME_SUFFIXES.contains(key(word));
  }

  /** A word that heads an organization's name ("Department", "League", "Council"). */
  public static boolean isOrganizationHead(String word) {
    return Lexicons.ORGANIZATION_HEADS.contains(key(word));
  }

  /** A country, region, city or US state word. */
  public static boolean isPlace(String word) {
    return Lexicons.PLACES.contains(key(word));
  }

  /** A word that ends a place's name ("Sea", "City", "County"). */
  public static boolean isPlaceHead(String word) {
    return Lexicons.PLACE_HEADS.contains(key(word));
  }

  /** A nationality or affiliation adjective ("Chinese", "Palestinian", "U.N."). */
  public static boolean isDemonym(String word) {
    return Lexicons.DEMONYMS.contains(key(word));
  }

  /** A weekday, month or relative day. */
  public static boolean isTime(String word) {
    return Lexicons.TIMES.contains(key(word));
  }

  /** A closed-class or very common word that is capitalised only at a sentence start. */
  public static boolean isFunctionWord(String word) {
    return Lexicons.FUNCTION_WORDS.contains(key(word));
  }

  /** A lower-case name particle ("al", "bin", "van", "de"). */
  public static boolean isParticle(String word) {
    return Lexicons.NAME_PARTICLES.containsAsWritten(word);
  }

  /** An upper-case acronym of two or more letters ("OIC", "NATO", "U.N."), usually an org. */
  public static boolean isAcronym(String word) {
    String letters = stripPossessive(word).replace(".", "");
    if (letters.length() < 2) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Chennai-based", "Man-of-the-match", "US-led": a capitalised compound whose last part is lower
   * case modifies a name but is none ("al-Malki", "Thomas-Greenfield" are names).
   */
  public static boolean isModifierCompound(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0
        && hyphen + 1 < word.length()
        && isCapitalised(word)
        && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  /** True when the word starts with an upper-case letter. */
  public static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** The word without a trailing possessive ("Israel's" -> "Israel", "States'" -> "States"). */
  public static String stripPossessive(String word) {
    String w = word.replace('\u2019', '\'');
    if (w.endsWith("'s") || w.endsWith("'S")) {
      return word.substring(0, word.length() - 2);
    }
    if (w.endsWith("'")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** True when the word ends in a possessive marker. */
  public static boolean isPossessive(String word) {
    return !stripPossessive(word).equals(word);
  }

  private static String key(String word) {
    String w = stripPossessive(word).toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}

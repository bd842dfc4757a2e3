package io.saidwho.core.attribution;

import io.saidwho.core.name.FirstNames;
import io.saidwho.core.name.NameIndex;
import io.saidwho.core.name.NameParts;
import java.util.Locale;

/**
 * What a pronoun or description asks of the person it refers to: a role word its title must hold
 * ("minister"), here or where the article named the person with a title, and a gender its given name or honorific must not contradict ("she").
 *
 * @param roleWord lower-case role word, or null for any
 * @param pronoun "he", "she", or null for any
 */
record Referent(String roleWord, String pronoun) {

  static Referent pronoun(String pronoun) {
    return new Referent(null, pronoun);
  }

  static Referent role(String roleWord) {
    return new Referent(roleWord, null);
  }

  static Referent anyone() {
    return new Referent(null, null);
  }

  /** True when {@code parts} (a person, canonicalised through {@code names}) may be meant. */
  boolean accepts(NameParts parts, NameIndex names) {
    if (roleWord != null
        && (parts.title() == null || !parts.title().toLowerCase(Locale.ROOT).contains(roleWord))
        && !names.hasTitleWith(parts.name(), roleWord)) {
      return false;
    }
    if (pronoun == null) {
      return true;
    }
    NameParts full = canonical(parts, names);
    return "she".equals(pronoun) ? !FirstNames.isMale(full) : !FirstNames.isFemale(full);
  }

  /** {@code parts} with the fullest name the article gives that person (its given name). */
  static NameParts canonical(NameParts parts, NameIndex names) {
    return new NameParts(parts.title(), names.canonical(parts.name()), false);
  }
}

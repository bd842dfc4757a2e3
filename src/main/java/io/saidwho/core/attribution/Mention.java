package io.saidwho.core.attribution;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.text.TextSpan;
import java.util.Locale;

/**
 * The words that name a quote's speaker next to its cue.
 *
 * @param kind name, pronoun or description
 * @param span the mention's chars, half-open
 * @param text the mention as written ("Russian Ambassador Vasily Nebenzya", "he")
 * @param head the last word, lower case for pronouns and descriptions ("he", "minister")
 * @param parts title and name when {@code kind} is {@link MentionKind#NAME}, else null
 * @param apposition a comma-delimited role next to the name ("a California Democrat"), or null
 */
record Mention(
    MentionKind kind, TextSpan span, String text, String head, NameParts parts, String apposition) {

  static Mention of(TextSpan span, String text, String head, String apposition) {
    String lowerHead = head.toLowerCase(Locale.ROOT);
    if (isPronoun(lowerHead) && !text.contains(" ")) {
      return new Mention(MentionKind.PRONOUN, span, text, lowerHead, null, apposition);
    }
    NameParts parts = NameParts.parse(text);
    if (isCapitalisedName(head) && parts.hasName()) {
      return new Mention(MentionKind.NAME, span, text, head, parts, apposition);
    }
    return new Mention(MentionKind.DESCRIPTION, span, text, lowerHead, null, apposition);
  }

  /** "Roe", and "al-Malki" or "van-Dijk": a capital first letter or after a particle's hyphen. */
  private static boolean isCapitalisedName(String head) {
    int hyphen = head.indexOf('-');
    char first = hyphen > 0 && hyphen + 1 < head.length() ? head.charAt(hyphen + 1) : head.charAt(0);
    return Character.isUpperCase(head.charAt(0)) || Character.isUpperCase(first);
  }

  boolean hasApposition() {
    return apposition != null;
  }

  /** The title to report: the words before the name, else the apposition (no leading article). */
  String title() {
    String title = parts != null && parts.title() != null ? parts.title() : apposition;
    if (title == null) {
      return null;
    }
    String t = title.replaceFirst("^(?i)(the|a|an)\\s+", "").trim();
    return t.isEmpty() ? null : t;
  }

  static boolean isPronoun(String lower) {
    return Lexicons.PERSONAL_PRONOUNS.contains(lower);
  }
}

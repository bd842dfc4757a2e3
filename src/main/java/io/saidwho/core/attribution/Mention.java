package io.saidwho.core.attribution;

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
    if (Character.isUpperCase(head.charAt(0)) && parts.hasName()) {
      return new Mention(MentionKind.NAME, span, text, head, parts, apposition);
    }
    return new Mention(MentionKind.DESCRIPTION, span, text, lowerHead, null, apposition);
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
    switch (lower) {
      case "he":
      case "she":
      case "it":
      case "they":
      case "i":
      case "we":
        return true;
      default:
        return false;
    }
  }
}

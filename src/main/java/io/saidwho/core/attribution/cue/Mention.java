package io.saidwho.core.attribution.cue;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.text.TextSpan;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name a quote's speaker next to its cue. Every text here is the article's own text
 * at the mention's offsets; the name parts are read from the normalised copy and carry offsets too.
 *
 * @param kind name, pronoun, description or group
 * @param span the mention's chars, half-open
 * @param text the mention as written ("Russian Ambassador Vasily Nebenzya", "he")
 * @param head the last word, normalised, lower case for pronouns and descriptions ("he",
 *     "minister")
 * @param parts title and name when {@code kind} is {@link MentionKind#NAME}, else null
 * @param apposition a comma-delimited role next to the name as written ("a California Democrat"),
 *     or null
 * @param appositionSpan its offsets, or null
 */
public record Mention(
    MentionKind kind,
    TextSpan span,
    String text,
    String head,
    NameParts parts,
    String apposition,
    TextSpan appositionSpan) {

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

  /** The mention at {@code span} of {@code w}'s text, its kind read from its head word. */
  static Mention of(Words w, TextSpan span, String head, TextSpan appositionSpan) {
    String text = w.cut(span);
    String apposition = appositionSpan == null ? null : w.cut(appositionSpan);
    String lowerHead = head.toLowerCase(Locale.ROOT);
    if (isPronoun(lowerHead) && !text.contains(" ")) {
      return new Mention(MentionKind.PRONOUN, span, text, lowerHead, null, apposition,
          appositionSpan);
    }
    String normalized = w.normalized(span);
    NameParts parts = NameParts.parse(normalized, span.begin());
    boolean quantifier = !text.contains(" ") && Lexicons.INDEFINITE_PRONOUNS.contains(lowerHead);
    if (isCapitalisedName(head) && parts.hasName() && !quantifier) {
      return new Mention(MentionKind.NAME, span, text, head, parts, apposition, appositionSpan);
    }
    return new Mention(MentionKind.DESCRIPTION, span, text, lowerHead, null, apposition,
        appositionSpan);
  }

  /** "Roe", and "al-Malki" or "van-Dijk": a capital first letter or after a particle's hyphen. */
  private static boolean isCapitalisedName(String head) {
    int hyphen = head.indexOf('-');
    char first = hyphen > 0 && hyphen + 1 < head.length() ? head.charAt(hyphen + 1) : head.charAt(0);
    return Character.isUpperCase(head.charAt(0)) || Character.isUpperCase(first);
  }

  /** This mention read as a name, with head {@code nameHead} (capital kept). */
  Mention asName(String nameHead, NameParts name) {
    return new Mention(MentionKind.NAME, span, text, nameHead, name, apposition, appositionSpan);
  }

  /**
   * A relative pronoun standing for this mention ("who" in "Jane Roe, who said"): the words at
   * {@code at} with this mention's kind, head and name.
   */
  Mention at(TextSpan at, String atText) {
    return new Mention(kind, at, atText, head, parts, apposition, appositionSpan);
  }

  /** This mention as the names of several speakers ("Lee and Park"). */
  Mention asGroup() {
    return new Mention(MentionKind.GROUP, span, text, head, parts, apposition, appositionSpan);
  }

  public boolean hasApposition() {
    return apposition != null;
  }

  /**
   * The offsets of the title to report: the words before the name, else the apposition without
   * its leading article; null when there is neither.
   */
  public TextSpan titleSpan() {
    if (parts != null && parts.titleSpan() != null) {
      return parts.titleSpan();
    }
    if (appositionSpan == null) {
      return null;
    }
    Matcher article = LEADING_ARTICLE.matcher(apposition);
    int skip = article.find() ? article.end() : 0;
    return skip >= apposition.length()
        ? null
        : new TextSpan(appositionSpan.begin() + skip, appositionSpan.end());
  }

  /**
   * The subject form of an object or possessive pronoun ("him" and "his" stand for the person "he"
   * does), lower case; any other word as given.
   */
  static String subjectForm(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "him", "his" -> "he";
      case "her" -> "she";
      case "them", "their" -> "they";
      default -> pronoun;
    };
  }

  /** A personal pronoun, lower case ("he", "they"). */
  public static boolean isPronoun(String lower) {
    return Lexicons.PERSONAL_PRONOUNS.contains(lower);
  }
}

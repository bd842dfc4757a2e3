package io.saidwho.resolve;

import io.saidwho.core.name.NameParts;
import io.saidwho.core.name.NameWords;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One speaker string of the batch (an alias, as an article's canonicalisation gave it) read for
 * batch-wide resolution: its name part without role words ({@link NameParts}), the name's key
 * (words of {@link QuoteKey}, accents also removed: "José Núñez" and "Jose Nunez" share one), its
 * form, and the surname key a surname-only alias is matched by.
 *
 * <p>Forms: {@link Form#FULL_NAME} (two or more words after generational suffixes are set aside;
 * the surname is the last of them), {@link Form#SURNAME} (a single name word), {@link Form#TITLE}
 * (no name: "the Prime Minister", or one word that is a role, "King"), {@link Form#ORGANIZATION}
 * and {@link Form#GROUP} (typed so by the articles). The form follows from the key, so aliases with one key have one form.
 *
 * @param alias the speaker string as the articles gave it
 * @param form how it names someone
 * @param display the name to show for the entity: the name part, or the title, or the alias
 * @param key the name's key; aliases with equal keys and types are one entity
 * @param surnameKey the key of the surname (last name word) for a person name, else null
 */
public record SpeakerName(String alias, Form form, String display, String key, String surnameKey) {

  /** How a speaker string names someone. */
  public enum Form { FULL_NAME, SURNAME, TITLE, ORGANIZATION, GROUP }

  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String GROUP = "group";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** A speaker string the articles typed as a person. */
  public static SpeakerName person(String alias) {
    NameParts parts = parse(alias);
    if (parts == null || !parts.hasName()) {
      String title = parts == null || parts.title() == null ? alias.strip() : parts.title();
      return new SpeakerName(alias, Form.TITLE, title, keyOf(title), null);
    }
    String key = keyOf(parts.name());
    String[] words = nameWords(key);
    if (words.length == 0 || words.length == 1 && NameWords.isRole(words[0])) {
      return new SpeakerName(alias, Form.TITLE, parts.name(), key, null);
    }
    Form form = words.length == 1 ? Form.SURNAME : Form.FULL_NAME;
    return new SpeakerName(alias, form, parts.name(), key, words[words.length - 1]);
  }

  /**
   * A speaker string the articles typed as a group ("Lee and Park"): an entity of its own, never
   * joined to a person by the surname it ends with.
   */
  public static SpeakerName group(String alias) {
    String display = alias.strip();
    return new SpeakerName(alias, Form.GROUP, display, keyOf(display), null);
  }

  /** A speaker string the articles typed as an organization. */
  public static SpeakerName organization(String alias) {
    NameParts parts = parse(alias);
    String name = parts != null && parts.hasName() ? parts.name() : alias.strip();
    return new SpeakerName(alias, Form.ORGANIZATION, name, keyOf(name), null);
  }

  /** {@code person}, {@code organization} or {@code group}. */
  public String type() {
    return switch (form) {
      case ORGANIZATION -> ORGANIZATION;
      case GROUP -> GROUP;
      default -> PERSON;
    };
  }

  /**
   * The aliases that may resolve together share this key: person names by surname, titles and
   * organizations by their own key.
   */
  public String groupKey() {
    return switch (form) {
      case FULL_NAME, SURNAME -> "name:" + surnameKey;
      case TITLE -> "title:" + key;
      case ORGANIZATION -> "organization:" + key;
      case GROUP -> "group:" + key;
    };
  }

  /** The number of words of the name's key: a fuller name has more. */
  public int wordCount() {
    return QuoteKey.wordCount(key);
  }

  /** The key of a name: its words, lower case and without accents or punctuation. */
  public static String keyOf(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    return QuoteKey.normalise(MARKS.matcher(decomposed).replaceAll(""));
  }

  private static NameParts parse(String alias) {
    return alias == null || alias.isBlank() ? null : NameParts.parse(alias.strip());
  }

  /** The key's words without trailing generational suffixes ("jr", "iii"). */
  private static String[] nameWords(String key) {
    String[] words = key.isEmpty() ? new String[0] : key.split(" ");
    int end = words.length;
    while (end > 1 && NameWords.isNameSuffix(words[end - 1])) {
      end--;
    }
    return Arrays.copyOf(words, end);
  }
}

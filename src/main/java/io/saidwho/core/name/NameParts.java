package io.saidwho.core.name;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A noun phrase that names someone, split into its role or title and its proper name: "Chinese
 * Foreign Minister Wang Yi" gives title "Chinese Foreign Minister" and name "Wang Yi"; "the State
 * Department" gives the organization "State Department".
 *
 * <p>The name is the trailing run of capitalised words (with name particles such as "al" or "bin")
 * that are not role words; leading places, nationalities and times are moved to the title. A phrase
 * whose head is an organization word, an acronym or a place names an organization.
 *
 * <p>Parsed from a phrase with its offset in the article, the parts also carry the offsets of the
 * title and the name, so that callers cut them from the article's own text (the phrase parsed is
 * usually the normalised copy: same length, typographic marks mapped to ASCII, so the offsets
 * hold in the original).
 *
 * @param title the role words before the name, without a leading article, or null
 * @param name the proper name, or null when the phrase holds none
 * @param organization true when the phrase names an organization, country or body
 * @param titleSpan the title's offsets in the article, or null when unknown or absent
 * @param nameSpan the name's offsets in the article, or null when unknown or absent
 */
public record NameParts(
    String title, String name, boolean organization, TextSpan titleSpan, TextSpan nameSpan) {

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[,;:]+$");

  /** Parts known only as strings (no offsets). */
  public NameParts(String title, String name, boolean organization) {
    this(title, name, organization, null, null);
  }

  /** Splits a phrase given as text (words separated by white space); offsets count from 0. */
  public static NameParts parse(String phrase) {
    return parse(phrase, 0);
  }

  /** Splits {@code phrase}, which starts at char {@code offset} of the article. */
  public static NameParts parse(String phrase, int offset) {
    List<Word> words = split(phrase, offset);
    boolean definite = !words.isEmpty() && "the".equalsIgnoreCase(words.get(0).text());
    while (!words.isEmpty() && isArticle(words.get(0).text())) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return new NameParts(null, null, false);
    }
    int last = words.size() - 1;
    words.set(last, words.get(last).withoutPossessive());
    NameParts employed = personOfOrganization(words);
    if (employed != null) {
      return employed;
    }
    if (namesOrganization(texts(words))) {
      return organization(words, definite);
    }
    return person(words);
  }

  /** True when the phrase holds a proper name. */
  public boolean hasName() {
    return name != null;
  }

  /** The name's words. */
  public List<String> nameWords() {
    return name == null ? List.of() : List.of(name.split(" "));
  }

  /** These parts with the name {@code canonical} (a fuller form of the same person's name). */
  public NameParts withName(String canonical, TextSpan canonicalSpan) {
    return new NameParts(title, canonical, organization, titleSpan, canonicalSpan);
  }

  /** A word of the phrase and its offsets in the article. */
  private record Word(String text, int begin, int end) {

    Word withoutPossessive() {
      String bare = NameWords.stripPossessive(text);
      return new Word(bare, begin, begin + bare.length());
    }
  }

  private static List<Word> split(String phrase, int offset) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(phrase);
    while (m.find()) {
      words.add(new Word(m.group(), offset + m.start(), offset + m.end()));
    }
    return words;
  }

  private static List<String> texts(List<Word> words) {
    List<String> out = new ArrayList<>(words.size());
    words.forEach(w -> out.add(w.text()));
    return out;
  }

  /**
   * "Jane Roe of Hollis Street Research": a person's full name (two or more words) followed by "of"
   * and a capitalised body names the person; the body goes to the title. Null when the phrase has
   * no such shape ("Bank of England", "Duke of York" have no full name before "of").
   */
  private static NameParts personOfOrganization(List<Word> words) {
    int of = texts(words).indexOf("of");
    int body = of + 1 < words.size() && "the".equals(words.get(of + 1).text()) ? of + 2 : of + 1;
    if (of < 2 || body >= words.size() || !NameWords.isCapitalised(words.get(body).text())) {
      return null;
    }
    List<Word> left = words.subList(0, of);
    if (namesOrganization(texts(left))) {
      return null;
    }
    NameParts person = person(left);
    if (!person.hasName() || person.nameWords().size() < 2 && !isPeerage(person)) {
      return null;
    }
    List<Word> employer = words.subList(of, words.size());
    if (person.title() == null) {
      return new NameParts(joined(employer), person.name(), false, spanOf(employer),
          person.nameSpan());
    }
    String title = person.title() + " " + joined(employer);
    TextSpan span = new TextSpan(person.titleSpan().begin(), employer.get(employer.size() - 1).end());
    return new NameParts(title, person.name(), false, span, person.nameSpan());
  }

  /** "Lord Smithers of Harrow": a peer's surname after an honorific, before the place. */
  private static boolean isPeerage(NameParts person) {
    String title = person.title() == null ? "" : person.title().toLowerCase(java.util.Locale.ROOT);
    return Lexicons.HONORIFICS_MALE.contains(title) || Lexicons.HONORIFICS_FEMALE.contains(title);
  }

  private static boolean namesOrganization(List<String> words) {
    String head = words.get(words.size() - 1);
    return NameWords.isOrganizationHead(head)
        || NameWords.isAcronym(head) && !NameWords.isRole(head)
        || NameWords.isPlace(head) && !isGivenNameBefore(words) && !isRoleBefore(words)
        || namesPlace(words)
        || hasOrganizationOf(words);
  }

  /**
   * "Aral Sea", "Dodge City": a name of two or more words that ends in a place head names a place
   * (typed as an organization, like countries), unless a given name or a role opens it.
   */
  private static boolean namesPlace(List<String> words) {
    return words.size() > 1
        && NameWords.isPlaceHead(words.get(words.size() - 1))
        && !FirstNames.isGivenName(words.get(0))
        && !isRoleBefore(words);
  }

  /** "Mr Houston", "Sen. Jordan": a place after a role or honorific ("Mr", "Mrs") is a surname. */
  private static boolean isRoleBefore(List<String> words) {
    if (words.size() < 2) {
      return false;
    }
    String before = words.get(words.size() - 2);
    String key = before.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    return NameWords.isRole(before) || Lexicons.HONORIFICS_MALE.contains(key)
        || Lexicons.HONORIFICS_FEMALE.contains(key);
  }

  /**
   * "Jim Jordan", "Rep. Mary Georgia": a place as the head is a surname after a given name, or after
   * any capitalised word that is no place, people, role, body, acronym, particle or date ("South
   * Korea", "Abu Dhabi", "Republic of Chad" stay places).
   */
  private static boolean isGivenNameBefore(List<String> words) {
    if (words.size() < 2) {
      return false;
    }
    String word = words.get(words.size() - 2);
    return FirstNames.isGivenName(word)
        || NameWords.isCapitalised(word)
            && !NameWords.isPlace(word)
            && !NameWords.isDemonym(word)
            && !NameWords.isRole(word)
            && !NameWords.isOrganizationHead(word)
            && !NameWords.isAcronym(word)
            && !NameWords.isParticle(word)
            && !NameWords.isTime(word)
            && !NameWords.isFunctionWord(word);
  }

  /**
   * "Office of Emergency Management", "Bank of Ireland", "Institute for Fiscal Studies": an
   * organization word before "of" or "for".
   */
  private static boolean hasOrganizationOf(List<String> words) {
    for (int i = 1; i < words.size() - 1; i++) {
      if (("of".equals(words.get(i)) || "for".equals(words.get(i)))
          && NameWords.isOrganizationHead(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organization's name: the trailing run of capitalised words (with "of", "for", "and"). After
   * "the", a leading possessive belongs to the name ("the Children's Society"); without "the" it is
   * an owner ("Britain's Labour Party").
   */
  private static NameParts organization(List<Word> words, boolean definite) {
    int begin = words.size() - 1;
    while (begin > 0 && isOrganizationWord(words.get(begin - 1).text())) {
      begin--;
    }
    if (begin == 1 && definite && isNamePossessive(words.get(0).text())) {
      begin = 0;
    }
    List<Word> name = words.subList(begin, words.size());
    if (begin == 0) {
      return new NameParts(null, joined(name), true, null, spanOf(name));
    }
    return titled(words.subList(0, begin), name, true);
  }

  private static boolean isNamePossessive(String word) {
    String bare = NameWords.stripPossessive(word);
    return NameWords.isPossessive(word)
        && NameWords.isCapitalised(word)
        && !NameWords.isPlace(bare)
        && !NameWords.isAcronym(bare);
  }

  private static boolean isOrganizationWord(String word) {
    boolean pluralPossessive = word.endsWith("s'") || word.endsWith("s\u2019");
    boolean rolePossessive = NameWords.isRole(NameWords.stripPossessive(word));
    return NameWords.isCapitalised(word)
            && (!NameWords.isPossessive(word) || pluralPossessive || rolePossessive)
        || "of".equals(word)
        || "for".equals(word)
        || "and".equals(word)
        || "&".equals(word);
  }

  private static NameParts person(List<Word> words) {
    int begin = words.size();
    if (isSurnameAfterGivenName(words)) {
      begin--;
    }
    while (begin > 0 && isNameWord(words.get(begin - 1).text())) {
      begin--;
    }
    while (begin < words.size() - 1 && isPrefixWord(words.get(begin).text())
        && !isGivenNameNotNationality(words.get(begin).text())) {
      begin++;
    }
    begin = givenNameAfterDescriptors(words, begin);
    boolean surnameAfterHonorific = begin == words.size() - 1 && begin > 0
        && isRoleBefore(texts(words));
    boolean givenName = begin < words.size() - 1
        && isGivenNameNotNationality(words.get(begin).text());
    if (begin == words.size()
        || !NameWords.isCapitalised(words.get(begin).text())
        || isPrefixWord(words.get(begin).text()) && !surnameAfterHonorific && !givenName) {
      Title title = title(words);
      return new NameParts(title == null ? null : title.text(), null, false,
          title == null ? null : title.span(), null);
    }
    return titled(words.subList(0, begin), words.subList(begin, words.size()), false);
  }

  /**
   * "Rival Hillary Clinton", "Billionaire Mark Cuban", "Neither Donald J. Trump": capitalised words
   * before a common given name that a surname follows describe the person (or only open the
   * sentence or headline); none of them is a given name or an initial, so the name starts at the
   * given name. Returns the index where the name starts ({@code begin} when no such given name).
   */
  private static int givenNameAfterDescriptors(List<Word> words, int begin) {
    for (int g = begin; g < words.size() - 1; g++) {
      String word = words.get(g).text();
      if (FirstNames.isGivenName(word)) {
        return g;
      }
      if (isInitials(word) || NameWords.isParticle(word) || word.length() < 2
          || word.indexOf('-') > 0) {
        return begin;
      }
    }
    return begin;
  }

  /** Parts with {@code titleWords} (maybe none) before {@code nameWords}. */
  private static NameParts titled(List<Word> titleWords, List<Word> nameWords, boolean org) {
    Title title = title(titleWords);
    return new NameParts(title == null ? null : title.text(), joined(nameWords), org,
        title == null ? null : title.span(), spanOf(nameWords));
  }

  /** A title's words joined, without trailing punctuation, with its span. */
  private record Title(String text, TextSpan span) {}

  private static Title title(List<Word> words) {
    if (words.isEmpty()) {
      return null;
    }
    String joined = joined(words);
    String text = TRAILING_PUNCT.matcher(joined).replaceAll("").trim();
    if (text.isEmpty()) {
      return null;
    }
    int begin = words.get(0).begin();
    return new Title(text, new TextSpan(begin, begin + text.length()));
  }

  private static boolean isNameWord(String word) {
    if (NameWords.isParticle(word) || word.startsWith("al-") || word.startsWith("el-")) {
      return true;
    }
    return NameWords.isCapitalised(word)
        && !NameWords.isRole(word)
        && !NameWords.isFunctionWord(word)
        && !NameWords.isPossessive(word)
        && !NameWords.isModifierCompound(word);
  }

  /**
   * "Clara May", "Tom Will": a capitalised last word that is also a function word or a month,
   * right after a name word, is a surname; so is a role word right after a known given name
   * ("Mervyn King", "Anna Bishop").
   */
  private static boolean isSurnameAfterGivenName(List<Word> words) {
    int n = words.size();
    if (n < 2) {
      return false;
    }
    String last = words.get(n - 1).text();
    String before = words.get(n - 2).text();
    if (NameWords.isCapitalised(last) && NameWords.isRole(last)
        && FirstNames.isGivenName(before)) {
      return true;
    }
    return NameWords.isCapitalised(last)
        && (NameWords.isFunctionWord(last) || NameWords.isTime(last))
        && (FirstNames.isGivenName(before) || isNameWord(before) && !NameWords.isPlace(before));
  }

  /**
   * A place, demonym, time or acronym before a name is part of the title ("Ohio Sen. …", "U.S.
   * envoy …"); a place that is also a common given name ("Chad Johnson", "Jordan Bardella") is not.
   */
  private static boolean isPrefixWord(String word) {
    return NameWords.isPlace(word) && !FirstNames.isGivenName(word)
        || NameWords.isDemonym(word)
        || NameWords.isTime(word) && !FirstNames.isGivenName(word)
        || NameWords.isAcronym(word) && !isInitials(word)
        || NameWords.isParticle(word);
  }

  /**
   * "Capt. Christian Novak": a word that is both a nationality or faith and a common given name opens
   * the name when a surname follows it ("Christian" alone stays an adjective).
   */
  private static boolean isGivenNameNotNationality(String word) {
    return NameWords.isDemonym(word) && FirstNames.isGivenName(word);
  }

  /** "T.J.", "J.": a person's initials (each capital followed by a period), not a place. */
  private static boolean isInitials(String word) {
    return INITIALS.matcher(word).matches() && !NameWords.isPlace(word);
  }

  private static boolean isArticle(String word) {
    return "the".equalsIgnoreCase(word)
        || "a".equalsIgnoreCase(word)
        || "an".equalsIgnoreCase(word);
  }

  private static String joined(List<Word> words) {
    return String.join(" ", texts(words));
  }

  /** The span from the first word's begin to the last word's end. */
  private static TextSpan spanOf(List<Word> words) {
    return new TextSpan(words.get(0).begin(), words.get(words.size() - 1).end());
  }
}

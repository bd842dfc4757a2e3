package io.saidwho.core.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * @param title the role words before the name, without a leading article, or null
 * @param name the proper name, or null when the phrase holds none
 * @param organization true when the phrase names an organization, country or body
 */
public record NameParts(String title, String name, boolean organization) {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[,;:]+$");

  /** Splits a phrase given as text (words separated by white space). */
  public static NameParts parse(String phrase) {
    List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(phrase.trim())));
    boolean definite = "the".equalsIgnoreCase(words.get(0));
    while (!words.isEmpty() && isArticle(words.get(0))) {
      words.remove(0);
    }
    if (words.isEmpty() || words.get(0).isEmpty()) {
      return new NameParts(null, null, false);
    }
    int last = words.size() - 1;
    words.set(last, NameWords.stripPossessive(words.get(last)));
    NameParts employed = personOfOrganization(words);
    if (employed != null) {
      return employed;
    }
    if (namesOrganization(words)) {
      return organization(words, definite);
    }
    return person(words);
  }

  /**
   * "Jane Roe of Hollis Street Research": a person's full name (two or more words) followed by "of"
   * and a capitalised body names the person; the body goes to the title. Null when the phrase has
   * no such shape ("Bank of England", "Duke of York" have no full name before "of").
   */
  private static NameParts personOfOrganization(List<String> words) {
    int of = words.indexOf("of");
    int body = of + 1 < words.size() && "the".equals(words.get(of + 1)) ? of + 2 : of + 1;
    if (of < 2 || body >= words.size() || !NameWords.isCapitalised(words.get(body))) {
      return null;
    }
    List<String> left = words.subList(0, of);
    if (namesOrganization(left)) {
      return null;
    }
    NameParts person = person(left);
    if (!person.hasName() || person.nameWords().size() < 2) {
      return null;
    }
    String employer = String.join(" ", words.subList(of, words.size()));
    String title = person.title() == null ? employer : person.title() + " " + employer;
    return new NameParts(title, person.name(), false);
  }

  /** True when the phrase holds a proper name. */
  public boolean hasName() {
    return name != null;
  }

  /** The name's words. */
  public List<String> nameWords() {
    return name == null ? List.of() : List.of(name.split(" "));
  }

  private static boolean namesOrganization(List<String> words) {
    String head = words.get(words.size() - 1);
    return NameWords.isOrganizationHead(head)
        || NameWords.isAcronym(head) && !NameWords.isRole(head)
        || NameWords.isPlace(head) && !isGivenNameBefore(words)
        || hasOrganizationOf(words);
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

  /** "Office of Emergency Management", "Bank of Ireland": an organization word before "of". */
  private static boolean hasOrganizationOf(List<String> words) {
    for (int i = 1; i < words.size() - 1; i++) {
      if ("of".equals(words.get(i)) && NameWords.isOrganizationHead(words.get(i - 1))) {
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
  private static NameParts organization(List<String> words, boolean definite) {
    int begin = words.size() - 1;
    while (begin > 0 && isOrganizationWord(words.get(begin - 1))) {
      begin--;
    }
    if (begin == 1 && definite && isNamePossessive(words.get(0))) {
      begin = 0;
    }
    String title = begin == 0 ? null : String.join(" ", words.subList(0, begin));
    return new NameParts(title, String.join(" ", words.subList(begin, words.size())), true);
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

  private static NameParts person(List<String> words) {
    int begin = words.size();
    while (begin > 0 && isNameWord(words.get(begin - 1))) {
      begin--;
    }
    while (begin < words.size() - 1 && isPrefixWord(words.get(begin))) {
      begin++;
    }
    if (begin == words.size()
        || !NameWords.isCapitalised(words.get(begin))
        || isPrefixWord(words.get(begin))) {
      return new NameParts(joinOrNull(words, 0, words.size()), null, false);
    }
    return new NameParts(
        joinOrNull(words, 0, begin), String.join(" ", words.subList(begin, words.size())), false);
  }

  private static boolean isNameWord(String word) {
    if (NameWords.isParticle(word) || word.startsWith("al-") || word.startsWith("el-")) {
      return true;
    }
    return NameWords.isCapitalised(word)
        && !NameWords.isRole(word)
        && !NameWords.isFunctionWord(word)
        && !NameWords.isPossessive(word);
  }

  /**
   * A place, demonym, time or acronym before a name is part of the title ("Ohio Sen. …", "U.S.
   * envoy …"); a place that is also a common given name ("Chad Johnson", "Jordan Bardella") is not.
   */
  private static boolean isPrefixWord(String word) {
    return NameWords.isPlace(word) && !FirstNames.isGivenName(word)
        || NameWords.isDemonym(word)
        || NameWords.isTime(word)
        || NameWords.isAcronym(word) && !isInitials(word)
        || NameWords.isParticle(word);
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

  private static String joinOrNull(List<String> words, int from, int to) {
    if (from >= to) {
      return null;
    }
    String joined =
        TRAILING_PUNCT.matcher(String.join(" ", words.subList(from, to))).replaceAll("");
    joined = joined.trim();
    return joined.isEmpty() ? null : joined;
  }
}

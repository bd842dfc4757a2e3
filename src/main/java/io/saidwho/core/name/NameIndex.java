package io.saidwho.core.name;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.text.FrozenList;
import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article-wide index of the names the text gives, from a cheap scan of capitalised word runs (no
 * POS tagging), used to canonicalise speakers ("Blinken" becomes "Antony Blinken" when the article
 * gives the first name) and to look up the last person or organization named before an offset.
 *
 * <p>Needs: the article text. Offsets are half-open char offsets into it. Immutable after
 * construction; thread-safe.
 */
public final class NameIndex {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{Nd}.'\u2019\\-]*");
  private static final Pattern DEFINED_ACRONYM = Pattern.compile(" \\((\\p{Lu}{2,8})\\)");

  private final List<NameOccurrence> occurrences;
  private final Map<String, List<String>> fullNamesByLastWord = new HashMap<>();
  private final Map<String, List<String>> titleNamesByLastWord = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, List<String>> titles = new HashMap<>();
  private final Map<String, TextSpan> firstSpans = new HashMap<>();
  private final Map<String, TextSpan> expansions = new HashMap<>();

  private NameIndex(List<NameOccurrence> occurrences, String text) {
    this.occurrences = FrozenList.copyOf(occurrences);
    TitleLines titles = TitleLines.of(text);
    for (NameOccurrence occurrence : occurrences) {
      if (occurrence.isPerson()) {
        boolean inTitle = titles.covers(occurrence.span())
            || besideCapitalisedFunctionWord(text, occurrence.span());
        register(occurrence.parts(), inTitle ? titleNamesByLastWord : fullNamesByLastWord);
      } else if (occurrence.isOrganization()) {
        registerAcronyms(occurrence.parts(), text);
      }
    }
  }

  /**
   * "… Crews Thank Okafor Before Vote": a function word capitalised right before or after the run,
   * not at a sentence start, shows a title's capitals around it (a headline inside a line).
   */
  private static boolean besideCapitalisedFunctionWord(String text, TextSpan span) {
    int after = span.end() + 1;
    boolean endsInWord = Character.isLetter(text.charAt(span.end() - 1));
    if (endsInWord && span.end() < text.length() && text.charAt(span.end()) == ' ') {
      int end = after;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (isCapitalisedFunctionWord(text.substring(after, end))) {
        return true;
      }
    }
    int beforeEnd = span.begin() - 1;
    if (beforeEnd < 1 || text.charAt(beforeEnd) != ' ') {
      return false;
    }
    int begin = beforeEnd;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return isCapitalisedFunctionWord(text.substring(begin, beforeEnd)) && !opensSentence(text, begin);
  }

  private static boolean isCapitalisedFunctionWord(String word) {
    return NameWords.isCapitalised(word) && NameWords.isFunctionWord(word);
  }

  /**
   * The full name an acronym stands for in this article ("NIESR" for "National Institute of
   * Economic and Social Research"): the name it follows in parentheses, else the first
   * organization whose capitalised words it spells; null when none.
   */
  public TextSpan expansionOf(String acronym) {
    return expansions.get(acronym.replace(".", ""));
  }

  private void registerAcronyms(NameParts parts, String text) {
    TextSpan span = parts.nameSpan();
    if (span == null || parts.nameWords().size() < 2) {
      return;
    }
    Matcher defined = DEFINED_ACRONYM.matcher(text).region(span.end(), text.length());
    if (defined.lookingAt()) {
      expansions.put(defined.group(1), span);
    }
    expansions.putIfAbsent(initials(parts.nameWords()), span);
  }

  /** The capital initials of a name's words ("American Film Institute" gives "AFI"). */
  private static String initials(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (NameWords.isCapitalised(word)) {
        out.append(word.charAt(0));
      }
    }
    return out.toString();
  }

  /**
   * Scans {@code text} for capitalised runs. Give the normalised copy of the article (typographic
   * marks mapped to ASCII, same offsets): names then compare alike however the article writes its
   * apostrophes, and each occurrence's offsets cut its name from the article's own text.
   */
  public static NameIndex of(String text) {
    return new NameIndex(scan(text), text);
  }

  /**
   * The first organization named in full whose last word is {@code head} ("Arts Council" for "the
   * Council"), or null: a capitalised head word alone is the short form of a fuller name.
   */
  public NameParts fullerOrganization(String head) {
    for (NameOccurrence o : occurrences) {
      List<String> words = o.parts().nameWords();
      if (o.isOrganization() && words.size() > 1
          && words.get(words.size() - 1).equalsIgnoreCase(head)) {
        return o.parts();
      }
    }
    return null;
  }

  /** The offsets of the first occurrence of person name {@code name}, or null. */
  public TextSpan spanOf(String name) {
    return firstSpans.get(name);
  }

  /** All runs in text order. */
  public List<NameOccurrence> occurrences() {
    return occurrences;
  }

  /**
   * The fullest person name in the article that ends with the same words as {@code name} ("Blinken"
   * gives "Antony Blinken"); {@code name} itself when there is none. Ties go to the more frequent.
   */
  public String canonical(String name) {
    String body = fullest(name, fullNamesByLastWord);
    String title = fullest(name, titleNamesByLastWord);
    if (body.equals(name)) {
      return title;
    }
    boolean titleBetter = !opensWithGivenName(body) && opensWithGivenName(title)
        && title.split(" ").length >= body.split(" ").length;
    return titleBetter ? title : body;
  }

  /**
   * "Jane Roe" against "Stated Roe": a form that opens with a common given name is the surer one,
   * even from a title.
   */
  private static boolean opensWithGivenName(String name) {
    int space = name.indexOf(' ');
    return space > 0 && FirstNames.isGivenName(name.substring(0, space));
  }

  /**
   * The fullest of {@code forms} that ends with {@code name}'s words. Names from titles ({@link
   * TitleLines}: "Ex-Rival Praises Jane Roe", "Unflappable Roe wins again") and from runs beside a
   * title's capitals are the second choice, taken only when the body gives no fuller form: their
   * capitals may join a name to the words around it.
   */
  private String fullest(String name, Map<String, List<String>> forms) {
    List<String> words = List.of(name.split(" "));
    String best = name;
    int bestCount = -1;
    for (String candidate : forms.getOrDefault(last(words), List.of())) {
      List<String> full = List.of(candidate.split(" "));
      if (!endsWith(full, words)) {
        continue;
      }
      int count = counts.getOrDefault(candidate, 0);
      if (full.size() > best.split(" ").length
          || full.size() == best.split(" ").length && count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * True when the article treats {@code name} as a person: a name of two or more words, or the last
   * word of one, or a name given with a role title, or a common given name on its own ("Mary").
   */
  public boolean isKnownPerson(String name) {
    return name.contains(" ")
        || !canonical(name).equals(name)
        || titles.containsKey(name)
        || FirstNames.isGivenName(name);
  }

  /**
   * True when the article gives the person {@code name} (as written or canonicalised) a title that
   * holds {@code roleWord} anywhere ("Lib Dem spokesman Vince Cable" for "spokesman", "Cable").
   */
  public boolean hasTitleWith(String name, String roleWord) {
    for (String form : List.of(name, canonical(name))) {
      for (String title : titles.getOrDefault(form, List.of())) {
        if (title.contains(roleWord)) {
          return true;
        }
      }
    }
    return false;
  }

  private void register(NameParts parts, Map<String, List<String>> byLastWord) {
    String name = parts.name();
    counts.merge(name, 1, Integer::sum);
    List<String> forms =
        byLastWord.computeIfAbsent(last(List.of(name.split(" "))), k -> new ArrayList<>());
    if (!forms.contains(name)) {
      forms.add(name);
    }
    if (parts.title() != null) {
      titles.computeIfAbsent(name, k -> new ArrayList<>())
          .add(parts.title().toLowerCase(Locale.ROOT));
    }
    if (parts.nameSpan() != null) {
      firstSpans.putIfAbsent(name, parts.nameSpan());
    }
  }

  private static String last(List<String> words) {
    return words.get(words.size() - 1);
  }

  private static boolean endsWith(List<String> full, List<String> suffix) {
    if (suffix.size() > full.size()) {
      return false;
    }
    int offset = full.size() - suffix.size();
    for (int i = 0; i < suffix.size(); i++) {
      if (!full.get(offset + i).equalsIgnoreCase(suffix.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Scans the text into runs; a core algorithm, documented inline. */
  static List<NameOccurrence> scan(String text) {
    List<NameOccurrence> out = new ArrayList<>();
    LowerCaseWords lower = LowerCaseWords.of(text);
    Matcher m = WORD.matcher(text);
    int runBegin = -1;
    int runEnd = -1;
    String before = "";
    String previous = "";
    int previousEnd = -1;
    while (m.find()) {
      String word = m.group();
      boolean joins = runBegin >= 0 && isGap(text, runEnd, m.start());
      boolean member = isRunWord(word, joins)
          || joins && (joinsOrganization(word, text, runBegin, runEnd)
              || "for".equals(word) && NameWords.isOrganizationHead(previous));
      if (member && joins) {
        runEnd = m.end();
      } else {
        emit(text, runBegin, runEnd, before, lower, out);
        runBegin = member ? m.start() : -1;
        runEnd = member ? m.end() : -1;
        before = isGap(text, previousEnd, m.start()) ? previous : "";
      }
      if (member && endsRun(word) && !opensDefiniteName(runBegin, m.start(), previous, word)) {
        emit(text, runBegin, runEnd, before, lower, out);
        runBegin = -1;
      }
      previous = word;
      previousEnd = m.end();
    }
    emit(text, runBegin, runEnd, before, lower, out);
    return out;
  }

  private static boolean isRunWord(String word, boolean joins) {
    if (NameWords.isModifierCompound(word)) {
      return false;
    }
    if (NameWords.isCapitalised(word)) {
      return !NameWords.isFunctionWord(word);
    }
    return joins && (NameWords.isParticle(word) || word.startsWith("al-") || "of".equals(word));
  }

  /**
   * "and" inside an organization's name after "of" ("Department of Health and Social Care",
   * "Ministry of Culture and Sport"); a trailing "and" is cut when the run is emitted.
   */
  private static boolean joinsOrganization(String word, String text, int runBegin, int runEnd) {
    if (!"and".equals(word)) {
      return false;
    }
    String[] run = text.substring(runBegin, runEnd).split(" ");
    for (int i = 1; i < run.length; i++) {
      if ("of".equals(run[i]) && NameWords.isOrganizationHead(run[i - 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the Children's Society": a possessive that opens its run right after "the" continues it; a
   * sentence's last word still ends it ("in the US. Roe said").
   */
  private static boolean opensDefiniteName(
      int runBegin, int wordBegin, String previous, String word) {
    return runBegin == wordBegin && "the".equalsIgnoreCase(previous) && !word.endsWith(".");
  }

  /** A word ending in a period closes its run, unless it is an abbreviation ("U.S.", "Sen."). */
  private static boolean endsRun(String word) {
    if (!word.endsWith(".")) {
      boolean pluralPossessive = word.endsWith("s'") || word.endsWith("s\u2019");
      return NameWords.isPossessive(word) && !pluralPossessive;
    }
    String bare = word.substring(0, word.length() - 1);
    return !(bare.contains(".") || bare.length() == 1 || NameWords.isRole(word));
  }

  private static boolean isGap(String text, int from, int to) {
    return from >= 0 && to - from == 1 && text.charAt(from) == ' ';
  }

  private static void emit(String text, int begin, int end, String before, LowerCaseWords lower,
      List<NameOccurrence> out) {
    if (begin < 0) {
      return;
    }
    String phrase = text.substring(begin, end);
    while (phrase.endsWith(" of") || phrase.endsWith(" and") || phrase.endsWith(" for")) {
      int cut = phrase.endsWith(" and") ? 4 : 3;
      phrase = phrase.substring(0, phrase.length() - cut);
      end -= cut;
    }
    if (phrase.endsWith(".") && !NameWords.isAcronym(phrase)) {
      phrase = phrase.substring(0, phrase.length() - 1);
    }
    boolean definite = "the".equalsIgnoreCase(before);
    boolean opens = opensSentence(text, begin);
    if (!definite && opens) {
      int phraseEnd = begin + phrase.length();
      begin = afterCommonWords(text, begin, phraseEnd, lower);
      phrase = text.substring(begin, phraseEnd);
    }
    int from = definite ? begin - "the ".length() : begin;
    NameParts parts = withRoleBefore(
        NameParts.parse(text.substring(from, begin + phrase.length()), from), text, from);
    boolean possessive = NameWords.isPossessive(phrase) && !(opens || opensSentence(text, from));
    boolean afterPreposition =
        !before.isEmpty() && isPreposition(before) || isAppositionToObject(text, begin, end);
    boolean owned = Lexicons.POSSESSIVE_DETERMINERS.contains(before.toLowerCase(Locale.ROOT));
    boolean modifier =
        "the".equalsIgnoreCase(before) && !parts.organization() || modifiesTitledName(text, end);
    out.add(
        new NameOccurrence(
            new TextSpan(begin, end), parts,
            !possessive && !afterPreposition && !modifier && !owned));
  }

  /**
   * "Maybe Jane Roe", "Rival Tom Reyes": capitalised only because they open the sentence, the
   * leading words of a person's run that the article also writes in lower case are common words,
   * not the name. Returns where the name starts: {@code begin} when the run names an organization or
   * place ("State Department"), and never past its last word. Given names, roles, honorifics,
   * places and demonyms stay ("Bill Roe", "Senator Roe", "Texas Gov. Roe").
   */
  private static int afterCommonWords(String text, int begin, int end, LowerCaseWords lower) {
    int at = begin;
    while (true) {
      int space = text.indexOf(' ', at);
      if (space < 0 || space >= end || !isCommonWord(text.substring(at, space), lower)) {
        return at;
      }
      if (at == begin && NameParts.parse(text.substring(begin, end), begin).organization()) {
        return begin;
      }
      at = space + 1;
    }
  }

  private static boolean isCommonWord(String word, LowerCaseWords lower) {
    return !FirstNames.isGivenName(word)
        && !NameWords.isRole(word)
        && !Lexicons.HONORIFICS_MALE.contains(word)
        && !Lexicons.HONORIFICS_FEMALE.contains(word)
        && !NameWords.isPlace(word)
        && !NameWords.isDemonym(word)
        && !NameWords.isParticle(word)
        && lower.contains(word);
  }

  private static final int MAX_ROLE_WORDS = 3;

  /**
   * The one to three lower-case words (letters and hyphens, each followed by one space) that end
   * right before {@code from}, or null: a backward scan, the names' hot path.
   */
  private static String lowerCaseWordsBefore(String text, int from) {
    int end = from - 1;
    int start = from;
    int words = 0;
    int i = end;
    while (words < MAX_ROLE_WORDS && i >= 1 && text.charAt(i) == ' ') {
      int j = i - 1;
      while (j >= 0 && (Character.isLowerCase(text.charAt(j)) || text.charAt(j) == '-')) {
        j--;
      }
      if (j == i - 1 || !Character.isLowerCase(text.charAt(j + 1))) {
        break;
      }
      start = j + 1;
      words++;
      i = j;
    }
    return words == 0 ? null : text.substring(start, end);
  }

  /**
   * "party spokesman Tom Reyes", "union chief Jan Moretti": lower-case role words right before a
   * person's name, which the scan of capitalised runs leaves out, are the person's title too.
   */
  private static NameParts withRoleBefore(NameParts parts, String text, int from) {
    if (!parts.hasName() || parts.organization() || parts.title() != null) {
      return parts;
    }
    String before = lowerCaseWordsBefore(text, from);
    if (before == null) {
      return parts;
    }
    String[] words = before.split(" ");
    int first = words.length;
    while (first > 0 && NameWords.isRole(words[first - 1])) {
      first--;
    }
    if (first == words.length) {
      return parts;
    }
    String title = String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
    int titleBegin = from - 1 - title.length();
    return new NameParts(title, parts.name(), false, new TextSpan(titleBegin, from - 1),
        parts.nameSpan());
  }

  /**
   * True when the run at {@code begin} opens a sentence: "Jane Roe's proposal came ..." makes Roe the
   * person the sentence is about, even in the possessive.
   */
  private static boolean opensSentence(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || i >= 1 && text.charAt(i) == ' '
        && ".!?".indexOf(text.charAt(i - 1)) >= 0;
  }

  /**
   * "a letter to the party chair, Jane Roe, posted ...": a run set off by commas right after a short
   * object of a preposition (at most four words) is that object too, not a subject. A run the
   * comma does not close ("with Jonas Berg, Jane Roe visited") stays a subject.
   */
  private static boolean isAppositionToObject(String text, int begin, int end) {
    if (begin < 2 || !", ".equals(text.substring(begin - 2, begin))) {
      return false;
    }
    if (end >= text.length() || text.charAt(end) != ',') {
      return false;
    }
    String[] words = text.substring(Math.max(0, begin - 60), begin - 2).split(" ");
    for (int k = words.length - 1; k >= 0 && k >= words.length - 5; k--) {
      if (isPreposition(words[k]) && !"and".equals(words[k])) {
        return k < words.length - 1;
      }
      if (words[k].isEmpty() || !Character.isLetter(words[k].charAt(words[k].length() - 1))) {
        return false;
      }
    }
    return false;
  }

  /** "Marlow Securities analyst Tomás Reyes": the run before a lower-case role and a name. */
  private static boolean modifiesTitledName(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int wordEnd = i;
    while (wordEnd < text.length() && Character.isLowerCase(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd == i || !NameWords.isRole(text.substring(i, wordEnd))) {
      return false;
    }
    return wordEnd + 1 < text.length()
        && text.charAt(wordEnd) == ' '
        && Character.isUpperCase(text.charAt(wordEnd + 1));
  }

  private static boolean isPreposition(String word) {
    return Lexicons.OBJECT_MARKERS.contains(word);
  }
}

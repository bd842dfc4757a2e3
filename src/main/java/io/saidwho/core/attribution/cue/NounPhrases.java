package io.saidwho.core.attribution.cue;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.text.TextSpan;

/**
 * Reads the subject phrase of a verb from POS-tagged words: to its left ("Foreign Minister Jane
 * Roe said", "Roe, a farmer, said", "The mayor, Jane Roe, said", "he said") or, after an inverted
 * cue, to its right ("said Jane Roe, a farmer"). Adverbs and auxiliaries between the subject and
 * the verb are skipped; a comma-delimited apposition ({@link Appositions}) becomes the title.
 * Stateless and thread-safe.
 */
final class NounPhrases {

  private static final int MAX_PHRASE = 10;

  private NounPhrases() {}

  /** The subject phrase ending just left of token {@code c}, not crossing {@code lo}; or null. */
  static Mention subjectLeft(Words w, int c, int lo) {
    return subjectLeft(w, c, lo, true);
  }

  private static Mention subjectLeft(Words w, int c, int lo, boolean subject) {
    int relative = subject ? restrictiveWho(w, c, lo) : -1;
    if (relative > 0) {
      Mention antecedent = subjectLeft(w, relative, lo, false);
      if (antecedent != null && antecedent.kind() != MentionKind.PRONOUN) {
        return orNameBeforeRole(w, antecedent, lo);
      }
    }
    int j = skipModifiers(w, c - 1, lo);
    if (j > lo && Words.isRelative(w.word(j)) && (w.is(j - 1, ",") || isDash(w.word(j - 1)))) {
      Mention antecedent = subjectLeft(w, j - 1, lo, false);
      return antecedent == null ? null : antecedent.at(w.span(j, j), w.cut(w.span(j, j)));
    }
    if (j > lo && w.is(j, "who") && w.hasPos(j - 1, "PROPN")) {
      Mention antecedent = subjectLeft(w, j, lo, false);
      return antecedent == null || antecedent.kind() != MentionKind.NAME
          || antecedent.parts().organization()
          || Lexicons.PLACES.contains(antecedent.head().toLowerCase(java.util.Locale.ROOT))
          ? null : antecedent.at(w.span(j, j), w.cut(w.span(j, j)));
    }
    if (j < lo) {
      return null;
    }
    Appositions appositions = Appositions.read(w, j, lo);
    if (appositions == null) {
      return null;
    }
    j = appositions.nameEnd();
    if (j >= lo && w.is(j, ")") && openingParenthesis(w, j, lo) >= 0) {
      j = openingParenthesis(w, j, lo) - 1;
    }
    if (j < lo) {
      return null;
    }
    TextSpan apposition = appositions.role();
    int from = phraseStart(w, j, lo);
    Mention before = from > j ? null : mention(w, from, j, apposition);
    if (subject && apposition == null && before != null && isPrepositionObject(w, from, lo)) {
      Mention earlier = subjectBeforePreposition(w, from - 1, j, lo);
      if (earlier != null) {
        return earlier;
      }
    }
    if (apposition == null) {
      return joinedNames(w, before, from, lo);
    }
    return preposedName(w, before, apposition, Math.min(from, j), j, appositions.roleEnd());
  }

  private static final int MAX_RELATIVE = 15;

  /**
   * "Raymond Roe, a former senator who is polling well, called": a role after a name's comma is
   * that name's apposition, so the name is the subject; else {@code role} itself.
   */
  private static Mention orNameBeforeRole(Words w, Mention role, int lo) {
    int first = w.indexFrom(role.span().begin());
    if (role.kind() != MentionKind.DESCRIPTION || first - 2 < lo || !w.is(first - 1, ",")
        || !w.isProperHead(first - 2)) {
      return role;
    }
    Mention name = subjectLeft(w, first - 1, lo, false);
    return name != null && name.kind() == MentionKind.NAME ? name : role;
  }

  /**
   * "A White House official who spoke anonymously to discuss strategy said": the "who" of a
   * relative clause that runs up to verb {@code c} (maybe closed by a comma), right after a common
   * noun, so that noun's phrase is the subject; -1 when there is none. A "who" right before the
   * verb stands for a name itself ("Roe who said" is read elsewhere).
   */
  private static int restrictiveWho(Words w, int c, int lo) {
    int from = w.is(c - 1, ",") ? c - 2 : c - 1;
    for (int k = from; k > lo && c - k <= MAX_RELATIVE; k--) {
      if (w.is(k, ",") || Words.isClauseEnd(w.word(k)) || isDash(w.word(k))) {
        return -1;
      }
      if (w.is(k, "who")) {
        return w.hasPos(k - 1, "NOUN") && !w.isCapitalised(k - 1) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * True when the phrase starting at {@code from} follows a preposition other than "of", or the
   * "of the" of a person's employer.
   */
  private static boolean isPrepositionObject(Words w, int from, int lo) {
    if (from - 1 < lo || !w.hasPos(from - 1, "ADP")
        || !Character.isLowerCase(w.word(from - 1).charAt(0))) {
      return false;
    }
    return !w.is(from - 1, "of") || isEmployerOfName(w, from, lo);
  }

  /** "Anne Roe of the Valley Courier said": "of the" after a name opens the person's employer. */
  private static boolean isEmployerOfName(Words w, int from, int lo) {
    return w.is(from, "the") && from - 2 >= lo && w.hasPos(from - 2, "PROPN");
  }

  /**
   * "Roe at the time said", "Roe in the past has said": the phrase after a preposition is its
   * object, so the subject stands before the preposition: a name or pronoun there, any phrase
   * before a time ("the campaign on Tuesday released"), or a description that keeps the phrase as
   * its complement ("a spokesman for the ministry said", "a narrator in the film warns"); null when
   * a description that is no role stands before "as" or a pronoun ("crews as she calls"): the
   * phrase is then read as before.
   */
  private static Mention subjectBeforePreposition(Words w, int preposition, int j, int lo) {
    int end = preposition;
    if (end - 2 >= lo && w.hasPos(end - 1, "ADJ") && w.hasPos(end - 2, "NOUN")) {
      end--;
    }
    Mention earlier = subjectLeft(w, end, lo, false);
    if (earlier == null) {
      return null;
    }
    if (earlier.kind() != MentionKind.DESCRIPTION || Lexicons.TIMES.contains(w.word(j))) {
      return earlier;
    }
    boolean role = isPersonNoun(earlier.head());
    if (!role && (w.hasPos(j, "PRON") || w.is(preposition, "as"))) {
      return null;
    }
    TextSpan span = new TextSpan(earlier.span().begin(), w.end(j));
    return new Mention(MentionKind.DESCRIPTION, span, w.cut(span), earlier.head(), null, null, null);
  }

  /**
   * "Lee and Park wrote", "Jane Roe and Tom Reyes said": two names joined by "and" are one mention
   * of a group of speakers; not when the first is a preposition's object ("meet at Leeds and Park
   * says", two clauses).
   */
  private static Mention joinedNames(Words w, Mention last, int from, int lo) {
    if (last == null || last.kind() != MentionKind.NAME || last.parts().organization()
        || from - 2 < lo || !w.is(from - 1, "and") || !w.hasPos(from - 2, "PROPN")) {
      return last;
    }
    int first = from - 2;
    while (first - 1 >= lo && w.hasPos(first - 1, "PROPN") && w.isCapitalised(first - 1)) {
      first--;
    }
    if (first - 1 >= lo && w.hasPos(first - 1, "ADP")) {
      return last;
    }
    Mention other = Mention.of(w, w.span(first, from - 2), w.word(from - 2), null);
    if (other.kind() != MentionKind.NAME || other.parts().organization()) {
      return last;
    }
    TextSpan span = new TextSpan(other.span().begin(), last.span().end());
    return new Mention(MentionKind.GROUP, span, w.cut(span), last.head(), last.parts(), null, null);
  }

  /**
   * "The U.S. ambassador, Jane Roe, said": when the apposition is a bare person name and the phrase
   * before it is not, the apposition is the name and the phrase its title.
   */
  private static Mention preposedName(
      Words w, Mention before, TextSpan apposition, int from, int to, int appositionEnd) {
    boolean objectRenamed = isPersonOfPersonObject(w, before, from);
    if (before != null && before.kind() == MentionKind.NAME && !before.parts().organization()
        && !objectRenamed) {
      return before;
    }
    NameParts inner = NameParts.parse(w.normalized(apposition), apposition.begin());
    if (!inner.hasName() || inner.organization()
        || !objectRenamed && !Appositions.isHonorific(inner.title())) {
      return before;
    }
    int adjacent = from;
    while (from > 0
        && !w.is(from - 1, ",")
        && !Words.isClauseEnd(w.word(from - 1))
        && !w.hasPos(from - 1, "VERB")) {
      from--;
    }
    if (adjacent > from && w.hasPos(adjacent - 1, "ADP") && !w.is(adjacent - 1, "of")
        && NameWords.isRole(w.word(to))) {
      return Mention.of(w, w.span(from, to), headOf(w, from, adjacent - 1), null);
    }
    TextSpan title = w.span(from, to);
    TextSpan span = w.span(from, appositionEnd);
    return new Mention(
        MentionKind.NAME, span, w.cut(span), inner.name(), inner, w.cut(title), title);
  }

  /**
   * "A spokeswoman for Lee, Jane Roe, said": the person named before the name in commas is the
   * object of a preposition after a person noun, so the name in commas renames that person noun.
   */
  private static boolean isPersonOfPersonObject(Words w, Mention before, int from) {
    if (before == null || before.kind() != MentionKind.NAME || before.parts().organization()
        || from < 2 || !w.hasPos(from - 1, "ADP") || w.is(from - 1, "of")) {
      return false;
    }
    return w.hasPos(from - 2, "NOUN") && isPersonNoun(w.word(from - 2).toLowerCase(
        java.util.Locale.ROOT));
  }

  /**
   * "A source close to the Chancellor, Sir Jane Roe, said": a name in commas after a role that is
   * the object of a preposition renames that role, not the speaker ("The ambassador to the UN,
   * Jane Roe," renames the ambassador); the head of the words before the
   * preposition ("source") heads the speaker's description. After "of" the name renames the
   * whole phrase ("The chief of staff, Jane Roe,").
   */
  private static String headOf(Words w, int from, int to) {
    for (int i = to; i >= from; i--) {
      if (w.hasPos(i, "NOUN") || w.hasPos(i, "PROPN")) {
        return w.word(i).toLowerCase(java.util.Locale.ROOT);
      }
    }
    return w.word(to).toLowerCase(java.util.Locale.ROOT);
  }

  /** The subject phrase starting at token {@code i} after an inverted cue ("said X, a ..."). */
  static Mention subjectRight(Words w, int i) {
    if (i >= w.size()) {
      return null;
    }
    if (w.hasPos(i, "PRON") && Lexicons.PERSONAL_PRONOUNS.contains(w.word(i))
        || isQuantifierEndingClause(w, i)) {
      return mention(w, i, i, null);
    }
    int to = i - 1;
    while (to + 1 < w.size() && to + 1 - i < MAX_PHRASE && isPhraseWord(w, to + 1, to, -1)) {
      to++;
    }
    int bounded = phraseToBoundary(w, i);
    if (bounded > to) {
      to = bounded;
    }
    while (to >= i && !isHead(w, to)) {
      to--;
    }
    if (to < i) {
      return null;
    }
    TextSpan apposition = appositionAfter(w, to + 1);
    Mention phrase = mention(w, i, to, apposition);
    return apposition != null && isRoleOfSomeone(phrase)
        ? namedInApposition(w, phrase, apposition)
        : phrase;
  }

  /**
   * "“…,” tweeted another.", "“…,” said one, a teacher.": a quantifier or "one" standing alone
   * after an inverted verb, up to the end of the clause, is its subject.
   */
  private static boolean isQuantifierEndingClause(Words w, int i) {
    String lower = w.word(i).toLowerCase(java.util.Locale.ROOT);
    boolean quantifier = Lexicons.INDEFINITE_PRONOUNS.contains(lower) || lower.equals("one");
    return quantifier && !w.isCapitalised(i)
        && (i + 1 >= w.size() || Words.isClauseEnd(w.word(i + 1)) || w.is(i + 1, ","));
  }

  /** A description, or a lower-case role of a named body ("a spokeswoman for Acme Hotels"). */
  private static boolean isRoleOfSomeone(Mention phrase) {
    if (phrase == null) {
      return false;
    }
    boolean lowerStart = Character.isLowerCase(phrase.text().charAt(0));
    return phrase.kind() == MentionKind.DESCRIPTION
        || lowerStart && phrase.kind() == MentionKind.NAME;
  }

  /** "-", "–", "—": a dash setting off a relative clause ("Roe - who said …"). */
  static boolean isDash(String word) {
    return word.equals("-") || word.equals("--") || word.equals("\u2013") || word.equals("\u2014");
  }

  /**
   * "of", or a preposition before a name that is no time word: "a spokeswoman for Acme Hotels",
   * "an official at the Treasury" go on; "Jane Roe on Tuesday" stops.
   */
  private static boolean opensNamedBody(Words w, int k) {
    if (w.is(k, "of")) {
      return true;
    }
    int next = w.is(k + 1, "the") ? k + 2 : k + 1;
    return next < w.size() && w.isCapitalised(next) && !Lexicons.TIMES.contains(w.word(next));
  }

  /**
   * "said a spokeswoman for Acme Hotels, Jane Roe": a description followed by a bare person name
   * in commas names that person; the description is the title.
   */
  private static Mention namedInApposition(Words w, Mention description, TextSpan apposition) {
    NameParts inner = NameParts.parse(w.normalized(apposition), apposition.begin());
    if (!inner.hasName() || inner.organization()
        || !Appositions.isHonorific(inner.title()) && !isPersonTitle(inner.title())) {
      return description;
    }
    TextSpan span = new TextSpan(description.span().begin(), apposition.end());
    return new Mention(MentionKind.NAME, span, w.cut(span), inner.name(), inner,
        description.text(), description.span());
  }

  /** "actress", "former tour guide": a title whose last word names a person by role or trade. */
  private static boolean isPersonTitle(String title) {
    String[] words = title.split(" ");
    String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    return Character.isLowerCase(title.charAt(0)) && isPersonNoun(last);
  }

  /**
   * After an inverted cue the subject runs to the next comma, relative pronoun, verb or clause end
   * ("said one former executive who ..."), whatever tags its words got: the index of its last
   * word, or {@code i - 1} when that phrase is too long or holds no noun.
   */
  private static int phraseToBoundary(Words w, int i) {
    int to = i - 1;
    while (to + 1 < w.size() && to + 1 - i < MAX_PHRASE) {
      int k = to + 1;
      if (w.is(k, ",") || Words.isClauseEnd(w.word(k)) || Words.isRelative(w.word(k))
          || w.hasPos(k, "VERB") && !w.isCapitalised(k) || w.hasPos(k, "AUX")
          || k > i && Lexicons.OBJECT_MARKERS.contains(w.word(k)) && !opensNamedBody(w, k)) {
        break;
      }
      to = k;
    }
    boolean preposition = w.hasPos(i, "ADP") && Lexicons.OBJECT_MARKERS.contains(w.word(i));
    return to >= i && isHead(w, to) && !preposition ? to : i - 1;
  }

  private static boolean isHead(Words w, int i) {
    return w.hasPos(i, "PROPN") || w.hasPos(i, "NOUN") || w.isCapitalised(i);
  }

  /** The role after a name's comma ("…, a spokesperson for the mission"), or null. */
  private static TextSpan appositionAfter(Words w, int comma) {
    if (!w.is(comma, ",") || comma + 1 >= w.size() || w.hasPos(comma + 1, "PRON")) {
      return null;
    }
    int end = comma + 1;
    while (end < w.size()
        && !Words.isClauseEnd(w.word(end))
        && !w.is(end, ",")
        && !w.hasPos(end, "VERB")
        && !w.hasPos(end, "AUX")) {
      end++;
    }
    return end > comma + 1 ? w.span(comma + 1, end - 1) : null;
  }

  private static Mention mention(Words w, int from, int to, TextSpan apposition) {
    String head = w.word(to);
    if (isNumberedPart(w, from, to)) {
      head = w.word(to - 1);
    } else if (!Character.isLetter(head.charAt(0)) && !head.matches("\\d+-\\p{L}.*")) {
      return null;
    }
    TextSpan cleanApposition =
        apposition == null || !w.normalized(apposition).matches(".*\\p{L}.*") ? null : apposition;
    String kindHead = w.isProperHead(to) ? head : head.toLowerCase(java.util.Locale.ROOT);
    return Mention.of(w, w.span(from, to), kindHead, cleanApposition);
  }

  /** "Article 12", "Section 5": a number after a capitalised noun names that part of a text. */
  private static boolean isNumberedPart(Words w, int from, int to) {
    return to > from && w.hasPos(to, "NUM") && Character.isDigit(w.word(to).charAt(0))
        && w.isCapitalised(to - 1) && (w.hasPos(to - 1, "NOUN") || w.hasPos(to - 1, "PROPN"));
  }

  /**
   * The index left of the adverbs, auxiliaries and a short parenthesis ("Sen. Jane Roe (D-Ore.)
   * said") that end at {@code j}.
   */
  static int skipModifiers(Words w, int j, int lo) {
    while (j >= lo) {
      if (w.hasPos(j, "ADV") || w.hasPos(j, "AUX")
          || Lexicons.VERB_GROUP_FILLERS.contains(w.word(j))) {
        j--;
      } else if (isBareTime(w, j, lo)) {
        j -= timeModifier(w, j, lo) ? 2 : 1;
      } else if (isDeicticPeriod(w, j, lo)) {
        j -= 2;
      } else if (w.is(j, ")") && openingParenthesis(w, j, lo) >= 0) {
        j = openingParenthesis(w, j, lo) - 1;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * "Roe later Thursday told", "Roe last Monday said": a weekday or month between the subject and
   * its verb, with no preposition, is a time adverbial; the subject stands before it.
   */
  private static boolean isBareTime(Words w, int j, int lo) {
    if (j - 1 < lo || !Lexicons.TIMES.contains(w.word(j))) {
      return false;
    }
    int before = timeModifier(w, j, lo) ? j - 2 : j - 1;
    return before >= lo && !w.hasPos(before, "ADP")
        && (w.hasPos(before, "PROPN") || w.hasPos(before, "ADV") || w.hasPos(before, "PRON"));
  }

  /**
   * "The group this week published", "Roe last month said": "this", "last", "next" or "that" and
   * a period noun right before the verb are a time adverbial (not after a preposition: "for this
   * week").
   */
  private static boolean isDeicticPeriod(Words w, int j, int lo) {
    if (j - 2 < lo
        || !Lexicons.PERIOD_NOUNS.contains(w.word(j).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String modifier = w.word(j - 1).toLowerCase(java.util.Locale.ROOT);
    boolean deictic = modifier.equals("this") || modifier.equals("last") || modifier.equals("next")
        || modifier.equals("that");
    return deictic && !w.hasPos(j - 2, "ADP") && !w.hasPos(j - 2, "VERB");
  }

  /** "last", "this", "next" before a time word. */
  private static boolean timeModifier(Words w, int j, int lo) {
    return j - 2 >= lo && (w.hasPos(j - 1, "ADJ") || w.hasPos(j - 1, "DET"));
  }

  private static final int MAX_PARENTHESIS = 8;

  /** The "(" that opens the short parenthesis closed at {@code close}, or -1. */
  static int openingParenthesis(Words w, int close, int lo) {
    for (int k = close - 1; k >= lo && close - k <= MAX_PARENTHESIS; k--) {
      if (w.is(k, "(")) {
        return k;
      }
    }
    return -1;
  }

  /** The first token of the noun phrase that ends at {@code j}. */
  private static int phraseStart(Words w, int j, int lo) {
    if (w.hasPos(j, "PRON") && !w.hasPos(j, "PRON+")) {
      return Mention.isPronoun(w.word(j).toLowerCase(java.util.Locale.ROOT)) ? j : j + 1;
    }
    int from = j;
    while (from - 1 >= lo && j - from < MAX_PHRASE && isPhraseWord(w, from - 1, from, j)) {
      from--;
      if (opensPhrase(w, from, lo)) {
        break;
      }
    }
    return isPhraseWord(w, j, j, j) ? from : j + 1;
  }

  /**
   * An article or a possessive determiner opens the phrase ("the mayor", "his colleague"); a
   * capitalised determiner inside a Title-Cased name ("CBS This Morning") does not.
   */
  private static boolean opensPhrase(Words w, int i, int lo) {
    if (isPossessiveDeterminer(w, i)) {
      return true;
    }
    boolean insideName = w.isCapitalised(i) && i - 1 >= lo && w.hasPos(i - 1, "PROPN");
    return w.hasPos(i, "DET") && !insideName;
  }

  private static boolean isPossessiveDeterminer(Words w, int i) {
    return w.isPossessiveDeterminer(i);
  }

  /** A noun that names a person by role or office ("spokesman", "senator", "actor"). */
  static boolean isPersonNoun(String head) {
    return Lexicons.SPOKESPERSON_NOUNS.contains(head) || NameWords.isRole(head)
        || Lexicons.PERSON_ROLE_NOUNS.contains(head);
  }

  /** True when token {@code i} can belong to a name or description phrase next to {@code near}. */
  private static boolean isPhraseWord(Words w, int i, int near, int head) {
    if (isPossessiveDeterminer(w, i) && i != head && !w.isCapitalised(i)) {
      return true;
    }
    if (NameWords.isNameSuffix(w.word(i)) && w.isCapitalised(i)) {
      return true;
    }
    String word = w.word(i);
    if (w.hasPos(i, "PROPN") || w.hasPos(i, "NOUN") || w.hasPos(i, "NUM")) {
      return !w.isCue(i) || w.isCapitalised(i);
    }
    if (w.hasPos(i, "ADJ") || w.hasPos(i, "DET") && !w.hasPos(i, "DET+")) {
      return i != head || isStandaloneQuantifier(w, i);
    }
    if ("of".equals(word) || NameWords.isParticle(word)) {
      return i != head && w.isCapitalised(Math.min(i + 1, w.size() - 1));
    }
    if ("for".equals(word)) {
      return i != head && i > 0 && NameWords.isOrganizationHead(w.word(i - 1))
          && w.isCapitalised(i - 1) && w.isCapitalised(Math.min(i + 1, w.size() - 1));
    }
    if ("and".equals(word) || "&".equals(word)) {
      return i != head && (joinsOrganization(w, i) || joinsRoles(w, i, head));
    }
    if (w.hasPos(i, "VERB") && w.isCapitalised(i) && !w.isCue(i)) {
      return i + 1 < w.size() && w.isCapitalised(i + 1) && !w.hasPos(i + 1, "PUNCT");
    }
    return isGlue(w, i) || w.isCapitalised(i) && !w.hasPos(i, "PUNCT")
        && !isCapitalisedConnective(w, i);
  }

  /**
   * "Some chanted", "Another tweeted", "Yet another said/ADJ": a quantifier standing alone as the
   * subject (no noun or adjective after it, a speech verb the tagger misread aside); not in a
   * relative clause on a phrase ("the plan, which some have called …", "what some call …"), which
   * only describes that phrase.
   */
  private static boolean isStandaloneQuantifier(Words w, int i) {
    boolean relative = i > 0 && (Words.isRelative(w.word(i - 1)) || w.is(i - 1, "what"));
    return !relative
        && Lexicons.INDEFINITE_PRONOUNS.contains(w.word(i).toLowerCase(java.util.Locale.ROOT))
        && (i + 1 >= w.size() || !w.hasPos(i + 1, "NOUN") && !w.hasPos(i + 1, "PROPN")
            && !(w.hasPos(i + 1, "ADJ") && !w.isCue(i + 1)));
  }

  /**
   * "But", "And", "So", "After", "When" opening a sentence: a conjunction or subordinator, never
   * part of the name after it.
   */
  private static boolean isCapitalisedConnective(Words w, int i) {
    String lower = w.word(i).toLowerCase(java.util.Locale.ROOT);
    return (w.hasPos(i, "CCONJ") || w.hasPos(i, "SCONJ"))
        && Lexicons.FUNCTION_WORDS.contains(lower) || Lexicons.SUBORDINATORS.contains(lower);
  }

  /**
   * "the senator and former governor": "and" between two roles of one description (one article,
   * a role on each side) names one person.
   */
  private static boolean joinsRoles(Words w, int i, int head) {
    return "and".equals(w.word(i)) && i > 0 && head > i && !w.isCapitalised(head)
        && isPersonNoun(w.word(i - 1).toLowerCase(java.util.Locale.ROOT))
        && isPersonNoun(w.word(head).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Department of Health and Social Care", "Carrow & Finch": a conjunction between capitalised
   * words that continues an organization's name ("&" always; "and" after "Head of ...").
   */
  private static boolean joinsOrganization(Words w, int i) {
    if (i == 0 || i + 1 >= w.size() || !w.isCapitalised(i - 1) || !w.isCapitalised(i + 1)) {
      return false;
    }
    if ("&".equals(w.word(i))) {
      return true;
    }
    for (int k = i - 1; k > 0 && (w.isCapitalised(k) || w.is(k, "of")); k--) {
      if (w.is(k, "of") && NameWords.isOrganizationHead(w.word(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /** A hyphen or period glued to both neighbours ("al-Malki", "U.S."). */
  private static boolean isGlue(Words w, int i) {
    String word = w.word(i);
    boolean punct = "-".equals(word) || ".".equals(word) || "'s".equals(word) || "'".equals(word);
    return punct && i > 0 && w.touches(i - 1);
  }
}

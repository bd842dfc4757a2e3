package io.saidwho.core.attribution.cue;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.text.TextSpan;

/**
 * The comma-delimited phrases between a subject and its verb, read right to left from the comma
 * before the verb: {@code Jane Roe, 58, a retired teacher who lives nearby, said}. A relative
 * clause or participle phrase is skipped; a noun phrase is a role, cut before any relative pronoun
 * ("a retired teacher"); the role nearest the name wins. At most five phrases are read, and
 * none past a bare name ("an airline spokesperson, Jane Roe, said": the name ends the reading).
 *
 * @param nameEnd index of the last token before the first comma (where the name ends)
 * @param role the offsets of the role the phrases give, or null
 * @param roleEnd index of the role phrase's last token (-1 when none)
 */
record Appositions(int nameEnd, TextSpan role, int roleEnd) {

  private static final int MAX_TOKENS = 25;
  private static final int MAX_PHRASES = 5;

  /**
   * Reads the phrases when token {@code j} is a comma; returns {@code (j, null, -1)} when it is
   * not, and null when a comma opens something that is no apposition.
   */
  static Appositions read(Words w, int j, int lo) {
    if (j >= lo && isDash(w, j)) {
      return betweenDashes(w, j, lo);
    }
    if (!w.is(j, ",")) {
      return new Appositions(j, null, -1);
    }
    TextSpan role = null;
    int roleEnd = -1;
    int close = j;
    for (int n = 0; n < MAX_PHRASES && close >= 0; n++) {
      int open = openingComma(w, close, lo);
      if (open < 0) {
        if (n == 0) {
          return null;
        }
        break;
      }
      TextSpan phraseRole = roleOf(w, open + 1, close - 1);
      if (phraseRole != null) {
        role = phraseRole;
        roleEnd = close - 1;
      }
      j = open - 1;
      if (isBareName(w, phraseRole)) {
        break;
      }
      boolean name = w.isProperHead(beforeParenthesis(w, j, lo)) && !isPlaceOfOrigin(w, open, lo);
      close = j >= lo && !name && !w.hasPos(j, "PRON") ? open : -1;
    }
    return new Appositions(j, role, roleEnd);
  }

  /**
   * "Jane Roe, of Leeds, a teacher,": the proper noun before comma {@code comma} ends a phrase
   * opened by a preposition after a comma, a place the person is from, not the person's name;
   * so is an abbreviated state after such a place ("of Raleigh, N.C.,").
   */
  private static boolean isPlaceOfOrigin(Words w, int comma, int lo) {
    int open = openingComma(w, comma, lo);
    if (open < 0) {
      return false;
    }
    boolean abbreviatedState = open + 2 == comma && w.word(open + 1).endsWith(".");
    return w.hasPos(open + 1, "ADP") || abbreviatedState && isPlaceOfOrigin(w, open, lo);
  }

  /**
   * "Sen. Jane Roe (D-Ore.)": the token before a parenthesis that token {@code j} closes, else
   * {@code j}.
   */
  private static int beforeParenthesis(Words w, int j, int lo) {
    if (j < lo || !w.is(j, ")")) {
      return j;
    }
    int open = NounPhrases.openingParenthesis(w, j, Math.max(lo, j - MAX_PARTY_TOKENS));
    return open >= 0 ? open - 1 : j;
  }

  private static final int MAX_PARTY_TOKENS = 6;

  /**
   * "Jane Roe — mentioned by the paper as the leading choice — told": a phrase set off by a pair of
   * dashes, read as one comma-delimited phrase; {@code (close, null, -1)} when the dash closes no
   * such phrase.
   */
  private static Appositions betweenDashes(Words w, int close, int lo) {
    for (int k = close - 1; k >= lo && close - k <= MAX_TOKENS; k--) {
      if (Words.isClauseEnd(w.word(k)) || w.is(k, ",")) {
        break;
      }
      if (isDash(w, k)) {
        boolean phrase = k < close - 1 && k > lo && isApposition(w, k + 1, close - 1);
        TextSpan role = phrase ? roleOf(w, k + 1, close - 1) : null;
        return phrase ? new Appositions(k - 1, role, role == null ? -1 : close - 1)
            : new Appositions(close, null, -1);
      }
    }
    return new Appositions(close, null, -1);
  }

  /** A dash standing apart from the words around it ("—", "–", "--", " - "). */
  private static boolean isDash(Words w, int i) {
    return NounPhrases.isDash(w.word(i)) && !w.touches(i) && (i == 0 || !w.touches(i - 1));
  }

  /** The comma opening the phrase that ends at comma {@code close}, or -1. */
  private static int openingComma(Words w, int close, int lo) {
    for (int k = close - 1; k >= lo && close - k <= MAX_TOKENS; k--) {
      if (w.is(k, "\"")) {
        k = openingMark(w, k, lo);
        continue;
      }
      if (w.is(k, ",")) {
        return k < close - 1 && isApposition(w, k + 1, close - 1) ? k : -1;
      }
      if (Words.isClauseEnd(w.word(k))) {
        return -1;
      }
    }
    return -1;
  }

  private static final int MAX_TITLE_TOKENS = 8;

  /**
   * "Jane Roe, a contestant on the show “The Apprentice,” who …": the quote mark opening a short
   * quoted title whose closing mark is token {@code close}, so the title's own commas are no
   * phrase boundary; {@code lo - 1} (nothing more to read) when there is none.
   */
  private static int openingMark(Words w, int close, int lo) {
    for (int k = close - 1; k >= lo && close - k <= MAX_TITLE_TOKENS; k--) {
      if (w.is(k, "\"")) {
        return k;
      }
      if (Words.isClauseEnd(w.word(k))) {
        break;
      }
    }
    return lo - 1;
  }

  /**
   * No clause of its own, except after a relative pronoun, as a participle phrase ("asked about
   * it", "mentioned by the paper as a choice", "also campaigning in Leeds", "clad in a cape with
   * blinking lights"), with an infinitive
   * ("attorney for one of the groups to file suit") or as an adverbial clause ("when asked about the vote"); a participle glued into a
   * compound ("the Ohio-based group") is no verb.
   */
  private static boolean isApposition(Words w, int from, int to) {
    if (isAdverbialClause(w, from)) {
      return true;
    }
    int first = from;
    while (first < to && w.hasPos(first, "ADV")) {
      first++;
    }
    for (int i = from; i <= to; i++) {
      if (Words.isRelative(w.word(i))) {
        return true;
      }
      boolean verb = (w.hasPos(i, "VERB") || w.hasPos(i, "AUX")) && !w.isCapitalised(i)
          && !isCompoundPart(w, i) && !isGerundAfterPreposition(w, i, from)
          && !(i > from && w.is(i - 1, "to")) && !isReducedRelative(w, i, from);
      if (verb || w.isPersonalPronoun(i)) {
        return i == first && (w.isParticiple(i)
            || isPastParticiple(w, i) && (i == to || w.hasPos(i + 1, "ADP")));
      }
    }
    return true;
  }

  /**
   * "in a statement released by the campaign": inside a phrase that opens with a preposition and
   * an article, a participle right after a noun modifies that noun.
   */
  private static boolean isReducedRelative(Words w, int i, int from) {
    return w.hasPos(from, "ADP") && w.hasPos(from + 1, "DET") && i > from + 2
        && w.hasPos(i - 1, "NOUN")
        && (isPastParticiple(w, i) || w.isParticiple(i));
  }

  /** "exasperated", "visibly annoyed": a lower-case "-ed" form. */
  private static boolean isPastParticiple(Words w, int i) {
    return w.word(i).toLowerCase(java.util.Locale.ROOT).endsWith("ed");
  }

  /** "with blinking lights", "after meeting voters": an "-ing" form inside a prepositional phrase. */
  private static boolean isGerundAfterPreposition(Words w, int i, int from) {
    return i > from && w.hasPos(i - 1, "ADP") && w.word(i).endsWith("ing");
  }

  /** "when asked ...", "after the vote": a phrase opened by a subordinating conjunction. */
  private static boolean isAdverbialClause(Words w, int from) {
    return Lexicons.SUBORDINATORS.contains(w.word(from));
  }

  /** "-based" in "Ohio-based": a word glued after a hyphen. */
  private static boolean isCompoundPart(Words w, int i) {
    return i > 0 && w.is(i - 1, "-") && w.touches(i - 1);
  }

  /** The role a phrase gives ("a retired teacher"), or null for clauses, ages and the like. */
  private static TextSpan roleOf(Words w, int from, int to) {
    if (Words.isRelative(w.word(from)) || w.hasPos(from, "VERB") || isAdverbialClause(w, from)) {
      return null;
    }
    int end = from;
    while (end + 1 <= to && !Words.isRelative(w.word(end + 1))) {
      end++;
    }
    TextSpan role = w.span(from, end);
    return w.normalized(role).matches(".*\\p{L}.*") ? role : null;
  }

  /** "Jane Roe" between commas: the name itself, so the phrase before it is its title. */
  private static boolean isBareName(Words w, TextSpan phrase) {
    if (phrase == null || isAbbreviatedPlace(w, phrase)) {
      return false;
    }
    NameParts parts = NameParts.parse(w.normalized(phrase), phrase.begin());
    return parts.hasName() && !parts.organization() && isHonorific(parts.title());
  }

  /** "of Raleigh, N.C.,", "of Leeds, Yorks.,": one abbreviated word is a state or county. */
  private static boolean isAbbreviatedPlace(Words w, TextSpan phrase) {
    String text = w.normalized(phrase).trim();
    return text.endsWith(".") && !text.contains(" ");
  }

  /** No title, or one made only of role words ("Prof.", "Dr"). */
  static boolean isHonorific(String title) {
    if (title == null) {
      return true;
    }
    for (String word : title.split(" ")) {
      if (!NameWords.isRole(word)) {
        return false;
      }
    }
    return true;
  }
}

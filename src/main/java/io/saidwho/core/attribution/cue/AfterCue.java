package io.saidwho.core.attribution.cue;

import io.saidwho.core.lexicon.Lexicons;

/**
 * The cue in the words after a quote's closing mark ({@link Frame#AFTER}): the subject or the verb
 * opens the words. After a quote closed by a comma, a question or exclamation mark ({@code “…,” X
 * VERB}, {@code “…,” VERB X}) any verb the tags give is the cue, a speech verb first ({@code “…,”
 * Lee shot back}); after a quote closed by a period the words must start in lower case with a
 * speech verb or its subject ({@code “….” said Roe}, {@code “….” he said}). A cue followed by a
 * colon introduces the next quote, not this one ({@code “…,” Roe said: “…”}). Stateless.
 */
final class AfterCue {

  private static final int MAX_CUE_DISTANCE = 24;

  private AfterCue() {}

  /**
   * The cue and subject opening the words after a quote, or null.
   *
   * @param strict true when the quote closed on a comma, "?" or "!": the frame then takes any verb
   */
  static Cue read(Words w, boolean strict) {
    int start = 0;
    while (start < w.size() && ",".equals(w.word(start))) {
      start++;
    }
    if (start >= w.size()) {
      return null;
    }
    Cue cue = read(w, start, true);
    if (cue == null && strict) {
      cue = read(w, start, false);
    }
    if (cue == null && strict) {
      cue = predicateAfterName(w, start);
    }
    if (cue == null) {
      cue = asReported(w, start);
    }
    if (cue == null) {
      cue = copulaSpeechNoun(w, start);
    }
    if (cue == null) {
      cue = trailing(w, start);
    }
    return cue != null ? cue : parenthetical(w, start);
  }

  /**
   * "“Go home!” Others said they were “tired.”": after a quote closed by "?" or "!", a capitalised
   * sentence whose speech verb goes on to a clause of its own (a pronoun or "that" right after
   * the verb, maybe past an adverb) opens its own report, not this quote's.
   */
  static boolean opensOwnReport(Words w, Cue cue) {
    if (w.size() == 0 || !w.isCapitalised(0) || cue.verbSpan() == null) {
      return false;
    }
    int next = w.indexFrom(cue.verbSpan().end());
    while (next < w.size() && w.hasPos(next, "ADV")) {
      next++;
    }
    return next < w.size() && (w.is(next, "that") || w.isPersonalPronoun(next)
        && next + 1 < w.size() && (w.hasPos(next + 1, "VERB") || w.hasPos(next + 1, "AUX")));
  }

  /**
   * "“Not yet,” was Roe's reply.": a form of "be" and a possessive with a noun of saying right after
   * the quote make the owner its speaker.
   */
  private static Cue copulaSpeechNoun(Words w, int start) {
    boolean copula = w.is(start, "was") || w.is(start, "is") || w.is(start, "came");
    return copula && start + 2 < w.size()
        ? BeforeCue.possessiveSpeechNoun(w.tail(start + 1), Frame.AFTER) : null;
  }

  /**
   * "the race “is a dead heat,” as Roe said on Monday": "as" and a reporting clause right after
   * the quote report it.
   */
  private static Cue asReported(Words w, int start) {
    return w.is(start, "as") && start + 1 < w.size() ? read(w, start + 1, true) : null;
  }

  /**
   * "“…” plowed through the barriers, he said, and “…”": a reporting clause set off by commas inside
   * the writer's words after the quote reports it.
   */
  private static Cue parenthetical(Words w, int start) {
    for (int k = start + 1; k + 2 < w.size(); k++) {
      if (Words.isClauseEnd(w.word(k))) {
        return null;
      }
      if (!w.is(k, ",")) {
        continue;
      }
      Words clause = w.tail(k + 1);
      Cue cue = read(clause, 0, true);
      if (cue != null && cue.mention().span().begin() == clause.begin(0)) {
        int next = w.indexFrom(cue.verbSpan().end());
        if (next < w.size() && w.is(next, ",")) {
          return cue;
        }
      }
    }
    return null;
  }

  /**
   * "…,” Tom Lee shot/NOUN back.": a name opening the words and a lower-case word the tagger did
   * not read as a verb; it is the verb when it is a speech verb, forms one with its particle, or
   * ends the sentence in "-ed".
   */
  private static Cue predicateAfterName(Words w, int start) {
    int c = start;
    while (c < w.size() && w.hasPos(c, "PROPN")) {
      c++;
    }
    if (c == start || c >= w.size() || w.isCapitalised(c)
        || !Character.isLetter(w.word(c).charAt(0))) {
      return null;
    }
    Mention name = Mention.of(w, w.span(start, c - 1), w.word(c - 1), null);
    if (name.kind() != MentionKind.NAME) {
      return null;
    }
    int cueEnd = BeforeCue.cueEnd(w, c);
    if (w.is(cueEnd + 1, ":")) {
      return null;
    }
    boolean last = cueEnd + 1 >= w.size() || Words.isClauseEnd(w.word(cueEnd + 1))
        || w.is(cueEnd + 1, ",");
    if (cueEnd > c || CueVerbs.isCue(w.verbLemmas(c)) || last && w.word(c).endsWith("ed")) {
      return new Cue(Frame.AFTER, w.text(c, cueEnd), w.span(c, cueEnd), name);
    }
    return null;
  }

  /**
   * The reporting clause that ends the sentence after a comma, read on the whole rest of the
   * sentence (later quotes included), or null: it reports every quote of the sentence ({@code
   * Britain could not afford the “…” planned by the Tories, he said.}); a verb after a comma goes
   * on to the name and apposition before it ({@code …, Jane Roe, the mayor, proclaimed to …}), and
   * a later quote's closing mark after the comma is skipped.
   */
  static Cue trailingClause(Words rest) {
    return rest.size() == 0 ? null : trailing(rest, 0);
  }

  private static Cue trailing(Words w, int start) {
    int end = w.size() - 1;
    while (end > start && Words.isClauseEnd(w.word(end))) {
      end--;
    }
    for (int c = end; c > start && end - c < MAX_TRAILING; c--) {
      if (w.is(c, ",")) {
        Words clause = w.tail(w.is(c + 1, "\"") ? c + 2 : c + 1);
        Cue cue = read(clause, 0, true);
        if (cue != null && cue.mention().span().end() <= w.end(end)) {
          return cue;
        }
        if (!opensApposition(clause) && !w.isCue(c + 1)) {
          return null;
        }
      }
    }
    return null;
  }

  private static final int MAX_TRAILING = 24;

  /**
   * ", an analyst at the bank." ", Va.": words after a comma that hold no verb (a hyphenated
   * compound the tagger calls one, "right-wing", is none), so they may be the apposition or place of
   * a name before the comma ("…, said Jane Roe, an analyst at the bank.").
   */
  private static boolean opensApposition(Words clause) {
    for (int i = 0; i < clause.size(); i++) {
      boolean compound = clause.word(i).indexOf('-') > 0;
      if ((clause.hasPos(i, "VERB") || clause.hasPos(i, "AUX")) && !compound) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first cue opening the words: only speech verbs when {@code speech}, else any verb whose
   * subject may be a person ("“…,” Lee shot back", "“…,” the nominee riffed"; not "“…,” digital
   * prints cost less").
   */
  private static Cue read(Words w, int start, boolean speech) {
    for (int c = start; c < Math.min(w.size(), start + MAX_CUE_DISTANCE); c++) {
      if (Words.isClauseEnd(w.word(c))) {
        return null;
      }
      if (speech ? !w.isCue(c) : !isPlainVerb(w, c)) {
        continue;
      }
      int cueEnd = BeforeCue.cueEnd(w, c);
      if (w.is(cueEnd + 1, ":")) {
        return null;
      }
      Mention mention =
          c == start ? invertedSubject(w, c, cueEnd, speech) : leadingSubject(w, c, start);
      Mention quoted = mention == null ? null : quotedAsSaying(w, c);
      if (quoted != null) {
        mention = quoted;
      }
      if (mention != null && !speech && !isPersonLike(mention)) {
        return null;
      }
      if (mention != null) {
        return new Cue(Frame.AFTER, w.text(c, cueEnd), w.span(c, cueEnd), mention);
      }
      if (speech || c == start) {
        return null;
      }
    }
    return null;
  }

  /**
   * A name, a pronoun, or a description of a person ("the nominee", "an angry Hollande"), not of a
   * thing ("digital prints").
   */
  private static boolean isPersonLike(Mention mention) {
    if (mention.kind() != MentionKind.DESCRIPTION) {
      return true;
    }
    String head = mention.head();
    return Character.isUpperCase(mention.text().charAt(mention.text().length() - head.length()))
        || NounPhrases.isPersonNoun(head);
  }

  /**
   * "“…,” the paper quoted the executive as saying": the speaker is the one quoted, the object
   * between "quoted" and "as saying"; null when the words are not so.
   */
  private static Mention quotedAsSaying(Words w, int c) {
    if (!w.verbLemmas(c).contains("quote")) {
      return null;
    }
    for (int k = c + 2; k + 1 < w.size() && k - c <= MAX_QUOTED_OBJECT; k++) {
      if (w.is(k, "as") && w.isParticiple(k + 1)) {
        Mention object = NounPhrases.subjectRight(w, c + 1);
        return object != null && object.span().end() <= w.begin(k) ? object : null;
      }
    }
    return null;
  }

  private static final int MAX_QUOTED_OBJECT = 10;

  /** A lower-case verb ("shot", "chimed") the tags give, not a participle or passive. */
  private static boolean isPlainVerb(Words w, int c) {
    return w.isVerb(c) && !w.isCapitalised(c) && !w.isParticiple(c);
  }

  /**
   * "…,” said Jane Roe": a name or pronoun after the verb; a description ("added the senator")
   * only after a speech verb.
   */
  private static Mention invertedSubject(Words w, int c, int cueEnd, boolean speech) {
    if (w.isParticiple(c)) {
      return null;
    }
    Mention mention = NounPhrases.subjectRight(w, cueEnd + 1);
    if (mention != null && mention.kind() == MentionKind.DESCRIPTION && !speech) {
      return null;
    }
    return mention;
  }

  /**
   * "…,” Jane Roe said": the subject must open the words after the quote, after any lower-case
   * modifiers the tagger read as adverbs before a noun ("super/ADV PAC spokeswoman Jane Roe said";
   * not "when/ADV she climbed").
   */
  private static Mention leadingSubject(Words w, int c, int start) {
    Mention mention = NounPhrases.subjectLeft(w, c, start);
    int first = start;
    while (first + 1 < c && w.hasPos(first, "ADV") && !w.isCapitalised(first)
        && !Lexicons.SUBORDINATORS.contains(w.word(first))
        && (w.hasPos(first + 1, "PROPN") || w.hasPos(first + 1, "NOUN"))) {
      first++;
    }
    return mention == null || mention.span().begin() != w.begin(first) ? null : mention;
  }
}

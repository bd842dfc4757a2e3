package io.saidwho.core.attribution;

/**
 * Finds a speech verb and its subject in the words next to a quote.
 *
 * <p>After a quote ({@code “…,” Blinken said}, {@code “…,” said Foreign Minister Wang Yi}) the
 * subject or the verb must open the words; before a quote ({@code Blinken told reporters that “…”})
 * the last speech verb of the words counts, with its subject to its left (skipping adverbs,
 * auxiliaries and a comma-delimited apposition). A participle ({@code …, saying “…”}) takes the
 * subject of its main clause. Stateless and thread-safe.
 */
final class CueMatcher {

  private static final int MAX_CUE_DISTANCE = 14;

  private CueMatcher() {}

  /** The cue and subject opening the words after a quote, or null. */
  static CueMatch matchAfter(Words w) {
    int start = 0;
    while (start < w.size() && isOpeningPunct(w.word(start))) {
      start++;
    }
    for (int c = start; c < Math.min(w.size(), start + MAX_CUE_DISTANCE); c++) {
      if (SubjectFinder.isClauseEnd(w.word(c))) {
        return null;
      }
      if (!w.isCue(c)) {
        continue;
      }
      int cueEnd = cueEnd(w, c);
      Mention mention = c == start ? invertedSubject(w, c, cueEnd) : leadingSubject(w, c, start);
      return mention == null ? null : new CueMatch(w.text(c, cueEnd), mention);
    }
    return null;
  }

  /** "…,” said Jane Roe": a name or pronoun after the verb; "said the minister" for say/tell. */
  private static Mention invertedSubject(Words w, int c, int cueEnd) {
    if (SubjectFinder.isParticiple(w, c)) {
      return null;
    }
    Mention mention = SubjectFinder.subjectRight(w, cueEnd + 1);
    if (mention != null
        && mention.kind() == MentionKind.DESCRIPTION
        && !CueVerbs.isSay(w.lemma(c))) {
      return null;
    }
    return mention;
  }

  /** "…,” Jane Roe said": the subject must open the words after the quote. */
  private static Mention leadingSubject(Words w, int c, int start) {
    Mention mention = SubjectFinder.subjectLeft(w, c, start);
    return mention == null || mention.span().begin() != w.begin(start) ? null : mention;
  }

  /** The last cue of the words before a quote with its subject, or null. */
  static CueMatch matchBefore(Words w) {
    for (int c = w.size() - 1; c >= 0; c--) {
      if (!w.isCue(c)) {
        continue;
      }
      Mention mention =
          SubjectFinder.isParticiple(w, c)
              ? participleSubject(w, c)
              : SubjectFinder.subjectLeft(w, c, 0);
      if (mention != null) {
        return new CueMatch(w.text(c, cueEnd(w, c)), mention);
      }
      if (!sharesSubject(w, c)) {
        return null;
      }
    }
    return null;
  }

  /**
   * A participle that opens its sentence before the quote ({@code Calling it a “sham,” Roe said})
   * takes the subject of the main clause after the quote: the first name, after a comma, that is
   * the subject of a verb. Null when the words before hold no such participle.
   */
  static CueMatch matchFrontedParticiple(Words before, Words after) {
    int c = 0;
    while (c < before.size()
        && (before.hasPos(c, "CCONJ") || before.hasPos(c, "ADV") || before.hasPos(c, "PUNCT"))) {
      c++;
    }
    if (c >= before.size() || !before.isCue(c) || !SubjectFinder.isParticiple(before, c)) {
      return null;
    }
    for (int v = 1; v < after.size(); v++) {
      if (!after.hasPos(v, "VERB") || SubjectFinder.isClauseEnd(after.word(v - 1))) {
        continue;
      }
      Mention subject = SubjectFinder.subjectLeft(after, v, 0);
      if (subject != null
          && subject.kind() == MentionKind.NAME
          && after.is(indexAt(after, subject.span().begin()) - 1, ",")) {
        return new CueMatch(before.text(c, cueEnd(before, c)), subject);
      }
    }
    return null;
  }

  private static int indexAt(Words w, int offset) {
    for (int i = 0; i < w.size(); i++) {
      if (w.begin(i) == offset) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first named subject of a verb in a lead-in that has no speech verb ({@code Jane Roe, the
   * chair, was more upbeat:}), with that verb as the cue; null when there is none.
   */
  static CueMatch matchClauseSubject(Words w) {
    for (int v = 1; v < w.size(); v++) {
      if (!w.hasPos(v, "VERB") && !w.hasPos(v, "AUX") || w.isCapitalised(v)) {
        continue;
      }
      Mention subject = SubjectFinder.subjectLeft(w, v, 0);
      if (subject != null && subject.kind() == MentionKind.NAME) {
        return new CueMatch(w.word(v), subject);
      }
    }
    return null;
  }

  /** The index of the cue's last token: the verb, or its particle ("called on"). */
  static int cueEnd(Words w, int c) {
    return c + 1 < w.size() && CueVerbs.takesParticle(w.lemma(c), w.word(c + 1)) ? c + 1 : c;
  }

  /** A verb after "and"/"but"/"or" shares the subject of an earlier verb. */
  private static boolean sharesSubject(Words w, int c) {
    int j = SubjectFinder.skipModifiers(w, c - 1, 0);
    return j >= 0 && w.hasPos(j, "CCONJ");
  }

  /**
   * The subject of the clause a participle hangs on: the nearest verb's named subject, leftwards;
   * failing a name, the nearest pronoun or description subject.
   */
  private static Mention participleSubject(Words w, int c) {
    Mention fallback = null;
    for (int v = c - 1; v > 0; v--) {
      if (!w.hasPos(v, "VERB") && !w.hasPos(v, "AUX") || w.isCapitalised(v)) {
        continue;
      }
      Mention subject = SubjectFinder.subjectLeft(w, v, 0);
      if (subject != null && subject.kind() == MentionKind.NAME) {
        return subject;
      }
      fallback = fallback == null ? subject : fallback;
    }
    return fallback;
  }

  private static boolean isOpeningPunct(String word) {
    return ",".equals(word);
  }
}

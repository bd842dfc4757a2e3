package io.saidwho.core.attribution.cue;

/**
 * The cue in the words before a quote's opening mark: the last speech verb of the words with its
 * subject to its left ({@link Frame#BEFORE}: {@code Blinken told reporters that “…”}), skipping
 * adverbs, auxiliaries and a comma-delimited apposition; a participle ({@code …, saying “…”}) takes
 * the subject of its main clause. Words ending in a colon or dash are a lead-in ({@link
 * Frame#COLON}), also without a speech verb ({@code Jane Roe, the chair, was more upbeat:}).
 * Stateless.
 */
final class BeforeCue {

  private BeforeCue() {}

  /** The cue of the words before a quote (same sentence), or null. */
  static Cue read(Words before, Words after) {
    boolean colon = endsWithColon(before);
    Frame frame = colon ? Frame.COLON : Frame.BEFORE;
    Cue cue = lastCue(trimColon(before), frame);
    if (cue == null) {
      cue = frontedParticiple(before, after, frame);
    }
    if (cue == null && colon) {
      cue = clauseSubject(trimColon(before));
    }
    return cue;
  }

  /** The cue of a lead-in closing the previous paragraph with a colon, or null. */
  static Cue readColon(Words leadIn) {
    Cue cue = lastCue(trimColon(leadIn), Frame.COLON);
    return cue != null ? cue : clauseSubject(trimColon(leadIn));
  }

  /** The last cue of the words with its subject, or null. */
  private static Cue lastCue(Words w, Frame frame) {
    for (int c = w.size() - 1; c >= 0; c--) {
      if (!w.isCue(c)) {
        continue;
      }
      Mention mention =
          w.isParticiple(c) ? participleSubject(w, c) : NounPhrases.subjectLeft(w, c, 0);
      if (mention != null) {
        return new Cue(frame, w.text(c, cueEnd(w, c)), w.span(c, cueEnd(w, c)), mention);
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
  private static Cue frontedParticiple(Words before, Words after, Frame frame) {
    int c = 0;
    while (c < before.size()
        && (before.hasPos(c, "CCONJ") || before.hasPos(c, "ADV") || before.hasPos(c, "PUNCT"))) {
      c++;
    }
    if (c >= before.size() || !before.isCue(c) || !before.isParticiple(c)) {
      return null;
    }
    for (int v = 1; v < after.size(); v++) {
      if (!after.hasPos(v, "VERB") || Words.isClauseEnd(after.word(v - 1))) {
        continue;
      }
      Mention subject = NounPhrases.subjectLeft(after, v, 0);
      if (subject != null
          && subject.kind() == MentionKind.NAME
          && after.is(indexAt(after, subject.span().begin()) - 1, ",")) {
        int end = cueEnd(before, c);
        return new Cue(frame, before.text(c, end), before.span(c, end), subject);
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
  private static Cue clauseSubject(Words w) {
    for (int v = 1; v < w.size(); v++) {
      if (!w.hasPos(v, "VERB") && !w.hasPos(v, "AUX") || w.isCapitalised(v)) {
        continue;
      }
      Mention subject = NounPhrases.subjectLeft(w, v, 0);
      if (subject != null && subject.kind() == MentionKind.NAME) {
        return new Cue(Frame.COLON, w.text(v, v), w.span(v, v), subject);
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
    int j = NounPhrases.skipModifiers(w, c - 1, 0);
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
      Mention subject = NounPhrases.subjectLeft(w, v, 0);
      if (subject != null && subject.kind() == MentionKind.NAME) {
        return subject;
      }
      fallback = fallback == null ? subject : fallback;
    }
    return fallback;
  }

  /** A lead-in ends in a colon or a dash: {@code X told members:}, {@code X didn't hesitate —}. */
  static boolean endsWithColon(Words w) {
    if (w.size() == 0) {
      return false;
    }
    String last = w.word(w.size() - 1);
    return ":".equals(last) || "\u2014".equals(last) || "\u2013".equals(last) || "--".equals(last);
  }

  private static Words trimColon(Words w) {
    return endsWithColon(w) ? w.head(w.size() - 1) : w;
  }
}

package io.saidwho.core.attribution.cue;

/**
 * The cue in the words after a quote's closing mark ({@link Frame#AFTER}): the subject or the verb
 * must open the words ({@code “…,” Blinken said}, {@code “…,” said Foreign Minister Wang Yi}).
 * Stateless.
 */
final class AfterCue {

  private static final int MAX_CUE_DISTANCE = 14;

  private AfterCue() {}

  /** The cue and subject opening the words after a quote, or null. */
  static Cue read(Words w) {
    int start = 0;
    while (start < w.size() && ",".equals(w.word(start))) {
      start++;
    }
    for (int c = start; c < Math.min(w.size(), start + MAX_CUE_DISTANCE); c++) {
      if (Words.isClauseEnd(w.word(c))) {
        return null;
      }
      if (!w.isCue(c)) {
        continue;
      }
      int cueEnd = BeforeCue.cueEnd(w, c);
      Mention mention = c == start ? invertedSubject(w, c, cueEnd) : leadingSubject(w, c, start);
      return mention == null
          ? null
          : new Cue(Frame.AFTER, w.text(c, cueEnd), w.span(c, cueEnd), mention);
    }
    return null;
  }

  /** "…,” said Jane Roe": a name or pronoun after the verb; "said the minister" for say/tell. */
  private static Mention invertedSubject(Words w, int c, int cueEnd) {
    if (w.isParticiple(c)) {
      return null;
    }
    Mention mention = NounPhrases.subjectRight(w, cueEnd + 1);
    if (mention != null
        && mention.kind() == MentionKind.DESCRIPTION
        && !CueVerbs.isSay(w.lemma(c))) {
      return null;
    }
    return mention;
  }

  /** "…,” Jane Roe said": the subject must open the words after the quote. */
  private static Mention leadingSubject(Words w, int c, int start) {
    Mention mention = NounPhrases.subjectLeft(w, c, start);
    return mention == null || mention.span().begin() != w.begin(start) ? null : mention;
  }
}

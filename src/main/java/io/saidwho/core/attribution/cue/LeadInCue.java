package io.saidwho.core.attribution.cue;

import java.util.List;

/**
 * The cue of a quote that has none of its own, read in the writer's sentences just before it
 * ({@link Frame#LEAD_IN}): the nearest one with a speech verb and its subject, in the quote's
 * paragraph or the one before ({@code Jane Roe questioned the figures. “…”}, {@code Roe said the
 * plan was dead.} then a quote paragraph); or the named subject of the sentence right before the
 * quote, whatever its verb ({@code Jane Roe chimed in.}, {@code Roe had a warning for voters.}):
 * for a quote opening its paragraph that subject comes first, inside a paragraph the speech verb
 * of that sentence does. A sentence holding a speech quote stops the search: the
 * quote there speaks for what follows it. Stateless.
 */
final class LeadInCue {

  private static final int MAX_SENTENCES = 4;

  private LeadInCue() {}

  static Cue read(QuoteRegions regions, int q) {
    List<Words> before = regions.sentencesBefore(q, MAX_SENTENCES);
    if (before.isEmpty()) {
      return null;
    }
    Words nearest = trimEnd(before.get(0));
    Cue subject = BeforeCue.clauseSubject(nearest, Frame.LEAD_IN);
    if (regions.opensParagraph(q) && subject != null) {
      return subject;
    }
    Cue own = BeforeCue.lastCue(nearest, Frame.LEAD_IN);
    if (own != null || subject != null) {
      return own != null ? own : subject;
    }
    for (Words sentence : before) {
      Cue cue = BeforeCue.lastCue(trimEnd(sentence), Frame.LEAD_IN);
      if (cue != null) {
        return cue;
      }
    }
    return null;
  }

  /** The sentence without its final punctuation. */
  private static Words trimEnd(Words w) {
    int n = w.size();
    while (n > 0 && Words.isClauseEnd(w.word(n - 1))) {
      n--;
    }
    return w.head(n);
  }
}

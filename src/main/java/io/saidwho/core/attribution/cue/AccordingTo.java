package io.saidwho.core.attribution.cue;

import io.saidwho.core.name.NameParts;
import io.saidwho.core.text.TextSpan;

/**
 * "According to X" in the quote's sentence names the source ({@link Frame#ACCORDING_TO}): {@code
 * According to Foreign Minister Jane Roe, the talks “went well”}, {@code …, according to a State
 * Department readout} (the organization). The source runs to the next boundary; common nouns after
 * the last capitalised word ("readout", "officials") stay in the mention but not in the name; a
 * source with no capitalised word is a description ("according to the news outlet").
 * Stateless.
 */
final class AccordingTo {

  private AccordingTo() {}

  /** The source after "according to" in the words after the quote, else before it, or null. */
  static Cue read(Words after, Words before) {
    Cue cue = inWords(after);
    return cue != null ? cue : inWords(before);
  }

  private static Cue inWords(Words w) {
    for (int i = 0; i + 2 < w.size(); i++) {
      if (w.is(i, "according") && w.is(i + 1, "to")) {
        return source(w, i + 2, w.span(i, i + 1));
      }
    }
    return null;
  }

  private static Cue source(Words w, int from, TextSpan cue) {
    int to = from;
    while (to + 1 < w.size() && !isBoundary(w.word(to + 1))) {
      to++;
    }
    int last = to;
    while (last >= from && !w.isCapitalised(last)) {
      last--;
    }
    if (last < from) {
      Mention description = description(w, from, to);
      return description == null ? null : new Cue(Frame.ACCORDING_TO, w.cut(cue), cue, description);
    }
    TextSpan nameSpan = w.span(from, last);
    NameParts parts = NameParts.parse(w.normalized(nameSpan), nameSpan.begin());
    if (!parts.hasName()) {
      return null;
    }
    TextSpan span = w.span(from, to);
    Mention mention =
        new Mention(MentionKind.NAME, span, w.cut(span), w.word(last), parts, null, null);
    return new Cue(Frame.ACCORDING_TO, w.cut(cue), cue, mention);
  }

  /**
   * "according to the news outlet", "according to a source close to the talks", "according to
   * him": a source with no capitalised word is a description headed by the last noun of its first
   * run of nouns, or a pronoun; null when it has no noun.
   */
  private static Mention description(Words w, int from, int to) {
    int i = from;
    while (i <= to && !w.hasPos(i, "NOUN") && !w.hasPos(i, "PRON")) {
      i++;
    }
    if (i > to) {
      return null;
    }
    if (w.hasPos(i, "PRON")) {
      return i == from && i == to
          ? Mention.of(w, w.span(i, i), Mention.subjectForm(w.word(i)), null) : null;
    }
    while (i + 1 <= to && w.hasPos(i + 1, "NOUN")) {
      i++;
    }
    return Mention.of(w, w.span(from, to), w.word(i), null);
  }

  private static boolean isBoundary(String word) {
    return ",".equals(word)
        || ".".equals(word)
        || ";".equals(word)
        || ":".equals(word)
        || "\"".equals(word)
        || "that".equals(word)
        || "who".equals(word);
  }
}

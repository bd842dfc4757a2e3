package io.saidwho.core.attribution.cue;

import io.saidwho.core.name.NameParts;
import io.saidwho.core.text.TextSpan;

/**
 * "According to X" in the quote's sentence names the source ({@link Frame#ACCORDING_TO}): {@code
 * According to Foreign Minister Jane Roe, the talks “went well”}, {@code …, according to a State
 * Department readout} (the organization). The source runs to the next boundary; common nouns after
 * the last capitalised word ("readout", "officials") stay in the mention but not in the name.
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
      return null;
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

package io.saidwho.core.attribution;

import io.saidwho.core.name.NameParts;

/**
 * "According to X" in the quote's sentence names the source: {@code According to Foreign Minister
 * Jane Roe, the talks “went well”}, {@code …, according to a State Department readout} (the
 * organization). Common nouns after the name ("readout", "officials") are dropped.
 */
public final class AccordingToSieve implements AttributionSieve {

  public static final String NAME = "according-to";

  /** Explicit, but the source may be a channel rather than the speaker. */
  public static final double CONFIDENCE = 0.85;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(AttributionContext context, int q) {
    Attribution after = inWords(context, context.regions().after(q));
    return after != null ? after : inWords(context, context.regions().before(q));
  }

  private static Attribution inWords(AttributionContext context, Words w) {
    for (int i = 0; i + 2 < w.size(); i++) {
      if (w.is(i, "according") && w.is(i + 1, "to")) {
        return source(context, w, i + 2);
      }
    }
    return null;
  }

  private static Attribution source(AttributionContext context, Words w, int from) {
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
    NameParts parts = NameParts.parse(w.text(from, last));
    if (!parts.hasName()) {
      return null;
    }
    Mention mention = Mention.of(w.span(from, to), w.text(from, to), w.word(last), null);
    return context.named(parts, parts.title(), mention, "according to", NAME, CONFIDENCE);
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

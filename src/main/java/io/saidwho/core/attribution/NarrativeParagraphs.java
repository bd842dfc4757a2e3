package io.saidwho.core.attribution;

import io.saidwho.core.name.NameOccurrence;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.text.TextSpan;

/**
 * Narrative paragraphs that name nobody ("The committee met for three hours and adjourned."):
 * news writing sets them between two paragraphs of one speaker, so the speaker of the paragraph
 * before still holds after them (a "she added" after it).
 */
final class NarrativeParagraphs {

  private NarrativeParagraphs() {}

  /** Fewer words make a transition ("Not everyone agreed."), which often brings a new voice. */
  private static final int MIN_BACKGROUND_WORDS = 12;

  /**
   * A background paragraph between two paragraphs of one speaker (a figure, the setting): it names
   * nobody and runs to at least {@value #MIN_BACKGROUND_WORDS} words.
   */
  static boolean isBackground(SieveContext context, int paragraph) {
    if (!namesNobody(context, paragraph)) {
      return false;
    }
    String text = context.text().paragraphs().get(paragraph).span().cover(context.text().text());
    return text.trim().split("\\s+").length >= MIN_BACKGROUND_WORDS;
  }

  /** True when paragraph {@code paragraph} holds no quote and names no known person. */
  static boolean namesNobody(SieveContext context, int paragraph) {
    if (paragraph < 0 || paragraph >= context.text().paragraphs().size()) {
      return false;
    }
    TextSpan span = context.text().paragraphs().get(paragraph).span();
    for (Quote other : context.quotes()) {
      if (span.overlaps(other.span())) {
        return false;
      }
    }
    for (NameOccurrence o : context.names().occurrences()) {
      if (span.contains(o.begin()) && o.isPerson()
          && context.names().isKnownPerson(o.parts().name())) {
        return false;
      }
    }
    return true;
  }
}

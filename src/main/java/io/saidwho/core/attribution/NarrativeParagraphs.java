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

package io.saidwho.core.attribution;

import io.saidwho.core.attribution.cue.Cue;
import io.saidwho.core.quote.Quote;
import java.util.Locale;

/**
 * A quote whose words are quoted again elsewhere in the article (a subheading or pull quote
 * repeating a body quote, a lead repeating the end of a longer quote) takes the speaker of that
 * other, attributed occurrence; the mention is the quote's own cue's, else the one that named the
 * speaker there (a headline "Roe's 'no surrender'" repeating a body quote names Roe as the body
 * did). Words are compared case-insensitively, without punctuation; the
 * other occurrence may contain this one.
 */
public final class RepeatedQuoteSieve implements AttributionSieve {

  public static final String NAME = "repeated-quote";

  /** The same words usually have the same speaker; below the cue-based sieves. */
  public static final double CONFIDENCE = 0.7;

  private static final int MIN_CHARS = 8;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(SieveContext context, int q) {
    String words = words(context, q);
    if (words.length() < MIN_CHARS) {
      return null;
    }
    for (int other = 0; other < context.quotes().size(); other++) {
      Attribution a = context.result(other);
      if (other == q
          || a == null
          || !a.hasSpeaker()
          || !words(context, other).contains(words)) {
        continue;
      }
      Cue own = context.cue(q);
      if (own != null) {
        return new Attribution(a.speaker(), a.speakerTitle(), a.speakerType(),
            own.mention().text(), own.mention().span(), own.verb(), NAME, CONFIDENCE);
      }
      return new Attribution(a.speaker(), a.speakerTitle(), a.speakerType(), a.mention(),
          a.mentionSpan(), a.cue(), NAME, CONFIDENCE);
    }
    return null;
  }

  /** The article the cached words belong to; sieves run on one thread, one article at a time. */
  private SieveContext cachedFor;
  private String[] cachedWords;

  private String words(SieveContext context, int q) {
    if (cachedFor != context) {
      cachedFor = context;
      cachedWords = new String[context.quotes().size()];
    }
    if (cachedWords[q] == null) {
      Quote quote = context.quotes().get(q);
      String text = context.text().text().substring(quote.begin(), quote.end());
      cachedWords[q] = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
    return cachedWords[q];
  }

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}]+");
}

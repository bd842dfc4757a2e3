package io.saidwho.core.attribution;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteKind;

/**
 * A quote with no cue of its own keeps the source of the previous quote (its speaker, or only its
 * mention when the article never names it, and the mention it was named by) when it follows it in the
 * same paragraph (the second piece of an interrupted quote, a second quoted sentence) or, when it
 * is a direct quote, opens the next paragraph (a continuation paragraph) or the one after a
 * background paragraph ({@link NarrativeParagraphs#isBackground}). A quote reported by a passive speech verb with no agent
 * ("He is described as “…”") continues nobody. A partial quote opening a
 * paragraph (a subheading, a fragment) is not a continuation.
 */
public final class ContinuationSieve implements AttributionSieve {

  public static final String NAME = "continuation";

  /** The weakest rule: speakers can change without a cue in lists of reactions. */
  public static final double CONFIDENCE = 0.6;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(SieveContext context, int q) {
    int p = previousSpeech(context, q);
    if (p < 0 || context.cue(q) != null || context.isReportedWithoutAgent(q)) {
      return null;
    }
    Attribution previous = context.result(p);
    if (previous == null || previous.mentionSpan() == null || !follows(context, p, q)) {
      return null;
    }
    return new Attribution(
        previous.speaker(),
        previous.speakerTitle(),
        previous.speakerType(),
        previous.mention(),
        previous.mentionSpan(),
        previous.cue(),
        NAME,
        CONFIDENCE);
  }

  private static int previousSpeech(SieveContext context, int q) {
    for (int p = q - 1; p >= 0; p--) {
      if (context.quotes().get(p).kind() != QuoteKind.NON_SPEECH) {
        return p;
      }
    }
    return -1;
  }

  private static boolean follows(SieveContext context, int p, int q) {
    AnalyzedText text = context.text();
    Quote quote = context.quotes().get(q);
    int open = Math.max(0, quote.begin() - 1);
    int pp = text.paragraphAt(Math.max(0, context.quotes().get(p).end() - 1));
    int qp = text.paragraphAt(open);
    if (pp == qp) {
      return true;
    }
    return (qp == pp + 1 || qp == pp + 2 && NarrativeParagraphs.isBackground(context, qp - 1))
        && text.paragraphs().get(qp).begin() == open
        && quote.kind() == QuoteKind.DIRECT;
  }
}

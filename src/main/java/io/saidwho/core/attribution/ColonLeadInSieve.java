package io.saidwho.core.attribution;

/**
 * A lead-in ending in a colon names the speaker of the quote that follows, in the same paragraph or
 * when the quote opens the next paragraph: {@code Nebenzya told members: “…”}.
 */
public final class ColonLeadInSieve implements AttributionSieve {

  public static final String NAME = "colon-lead-in";

  /** Slightly below adjacency: the lead-in may introduce more than one quote. */
  public static final double CONFIDENCE = 0.85;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(AttributionContext context, int q) {
    LocatedCue cue = context.cue(q);
    if (cue == null || cue.region() != Region.COLON || cue.mention().kind() != MentionKind.NAME) {
      return null;
    }
    return context.named(cue, NAME, CONFIDENCE);
  }
}

package io.saidwho.core.attribution;

/**
 * A proper name as subject of a speech verb next to the quote: {@code “…,” Blinken said}, {@code
 * “…,” said Foreign Minister Wang Yi}, {@code Netanyahu said after the meeting that “…”}, and both
 * pieces of {@code “A,” X said, “B.”}. A title before the name goes to the speaker title. Names
 * with a comma-delimited apposition and colon lead-ins are left to their own sieves.
 */
public final class CueAdjacencySieve implements AttributionSieve {

  public static final String NAME = "cue-adjacency";

  /** A name next to a speech verb is the most reliable signal. */
  public static final double CONFIDENCE = 0.95;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(AttributionContext context, int q) {
    LocatedCue cue = context.cue(q);
    if (cue == null || cue.region() == Region.COLON) {
      return null;
    }
    Mention mention = cue.mention();
    if (mention.kind() != MentionKind.NAME || mention.hasApposition()) {
      return null;
    }
    return context.named(cue, NAME, CONFIDENCE);
  }
}

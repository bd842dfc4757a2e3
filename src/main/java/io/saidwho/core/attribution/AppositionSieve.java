package io.saidwho.core.attribution;

/**
 * A name with a comma-delimited role next to a speech verb: {@code Hugh Hill, a doctor, said},
 * {@code “…,” said Nate Evans, a spokesperson for the mission}. The name is the speaker and the
 * role (without its article) the speaker title, unless a title stands before the name.
 */
public final class AppositionSieve implements AttributionSieve {

  public static final String NAME = "apposition";

  /** As reliable as plain adjacency; the apposition only adds the title. */
  public static final double CONFIDENCE = 0.9;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(AttributionContext context, int q) {
    LocatedCue cue = context.cue(q);
    if (cue == null || cue.mention().kind() != MentionKind.NAME || !cue.mention().hasApposition()) {
      return null;
    }
    return context.named(cue, NAME, CONFIDENCE);
  }
}

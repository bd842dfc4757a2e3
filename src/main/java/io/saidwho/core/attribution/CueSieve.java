package io.saidwho.core.attribution;

import io.saidwho.core.attribution.cue.Cue;
import io.saidwho.core.attribution.cue.Frame;
import io.saidwho.core.attribution.cue.Mention;
import io.saidwho.core.attribution.cue.MentionKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * A name (or names joined by "and") as the subject of a quote's cue, read in given frames: the
 * name is the speaker, the words before it or its apposition the speaker title. One class, several
 * sieves ({@link Sieves}): {@code cue-adjacency} ({@code “…,” Blinken said}, {@code Roe said that
 * “…”}), {@code apposition} (the same with a role in commas: {@code Hugh Hill, a doctor, said}),
 * {@code colon-lead-in} ({@code Roe told members: “…”}), {@code according-to}, {@code dash}
 * ({@code “…” — Jane Roe}). Stateless.
 */
public final class CueSieve implements AttributionSieve {

  /** Whether the sieve takes names with a comma-delimited role, without one, or both. */
  public enum Apposition {
    ANY,
    WITH,
    WITHOUT
  }

  private final String name;
  private final double confidence;
  private final Set<Frame> frames;
  private final Apposition apposition;

  public CueSieve(String name, double confidence, Set<Frame> frames, Apposition apposition) {
    this.name = name;
    this.confidence = confidence;
    this.frames = EnumSet.copyOf(frames);
    this.apposition = apposition;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Attribution attribute(SieveContext context, int q) {
    for (Frame frame : frames) {
      Cue cue = context.cue(q, frame);
      if (cue != null && accepts(cue.mention())) {
        return context.attribute(cue.mention().parts(), cue.mention(), cue, name, confidence);
      }
    }
    return null;
  }

  private boolean accepts(Mention mention) {
    if (mention.kind() != MentionKind.NAME && mention.kind() != MentionKind.GROUP) {
      return false;
    }
    return switch (apposition) {
      case ANY -> true;
      case WITH -> mention.hasApposition();
      case WITHOUT -> !mention.hasApposition();
    };
  }
}

package io.saidwho.core.attribution;

import io.saidwho.core.attribution.CueSieve.Apposition;
import io.saidwho.core.attribution.cue.Frame;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The shipped sieves: one ordered list of name and factory, whose order is the default order
 * (configured as {@code attribution.sieves}), most to least certain: {@code cue-adjacency} (a name
 * next to a speech verb), {@code apposition} (a name with a comma-delimited role), {@code
 * colon-lead-in} ("X said:"), {@code according-to}, {@code dash} ("…" — Name), {@code
 * organization} ("the statement noted"), {@code pronoun} ("he said", "the minister said"), {@code
 * unnamed-source} (a cue whose subject the article never names: the mention, no speaker), {@code
 * repeated-quote} (the same words quoted again elsewhere, as in a subheading), {@code continuation}
 * (a following quote keeps the previous source).
 */
public final class Sieves {

  public static final String CUE_ADJACENCY = "cue-adjacency";
  public static final String APPOSITION = "apposition";
  public static final String COLON_LEAD_IN = "colon-lead-in";
  public static final String ACCORDING_TO = "according-to";
  public static final String DASH = "dash";
  public static final String CLAUSE_SUBJECT = "clause-subject";
  public static final String LEAD_IN = "lead-in";

  /** Confidence of {@link #CUE_ADJACENCY}: a name next to a speech verb. */
  public static final double CUE_ADJACENCY_CONFIDENCE = 0.95;

  /** A sieve's name and how to make it. */
  public record Entry(String name, Supplier<AttributionSieve> factory) {}

  /** The shipped sieves in the default order. */
  public static final List<Entry> REGISTRY =
      List.of(
          cue(CUE_ADJACENCY, CUE_ADJACENCY_CONFIDENCE, Apposition.WITHOUT, Frame.AFTER,
              Frame.BEFORE),
          cue(APPOSITION, 0.9, Apposition.WITH, Frame.AFTER, Frame.BEFORE, Frame.COLON),
          cue(COLON_LEAD_IN, 0.85, Apposition.ANY, Frame.COLON),
          cue(ACCORDING_TO, 0.85, Apposition.ANY, Frame.ACCORDING_TO),
          cue(DASH, 0.8, Apposition.ANY, Frame.DASH),
          new Entry(OrganizationSieve.NAME, OrganizationSieve::new),
          new Entry(PronounSieve.NAME, PronounSieve::new),
          cue(LEAD_IN, 0.6, Apposition.ANY, Frame.LEAD_IN),
          new Entry(RepeatedQuoteSieve.NAME, RepeatedQuoteSieve::new),
          cue(CLAUSE_SUBJECT, 0.65, Apposition.ANY, Frame.CLAUSE),
          new Entry(UnnamedSourceSieve.NAME, UnnamedSourceSieve::new),
          new Entry(ContinuationSieve.NAME, ContinuationSieve::new));

  /** The default order: every shipped sieve. */
  public static final List<String> DEFAULT_ORDER =
      REGISTRY.stream().map(Entry::name).toList();

  private Sieves() {}

  /**
   * The sieves named, in the order given.
   *
   * @throws IllegalArgumentException naming the unknown sieve and listing the valid names
   */
  public static List<AttributionSieve> byName(List<String> names) {
    List<AttributionSieve> out = new ArrayList<>(names.size());
    for (String name : names) {
      Entry entry = REGISTRY.stream()
          .filter(e -> e.name().equals(name.trim()))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "Unknown attribution sieve '" + name + "'; valid sieves are: " + validNames()));
      out.add(entry.factory().get());
    }
    return out;
  }

  /** All valid sieve names, in the default order. */
  public static List<String> validNames() {
    return DEFAULT_ORDER;
  }

  private static Entry cue(
      String name, double confidence, Apposition apposition, Frame first, Frame... more) {
    EnumSet<Frame> frames = EnumSet.of(first, more);
    return new Entry(name, () -> new CueSieve(name, confidence, frames, apposition));
  }
}

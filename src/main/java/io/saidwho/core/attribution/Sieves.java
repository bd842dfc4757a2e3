package io.saidwho.core.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The shipped sieves by name, and the default order (configured as {@code attribution.sieves}).
 *
 * <p>Default order, most to least certain: {@code cue-adjacency} (name next to a speech verb),
 * {@code apposition} (name with a comma-delimited role), {@code colon-lead-in} ("X said:"), {@code
 * according-to}, {@code dash} ("…" — Name), {@code organization} ("the statement noted"), {@code
 * pronoun} ("he said", "the minister said"), {@code repeated-quote} (the same words quoted again
 * elsewhere, as in a subheading), {@code continuation} (a following quote keeps the previous
 * speaker).
 */
public final class Sieves {

  /** The default order. */
  public static final List<String> DEFAULT_ORDER =
      List.of(
          CueAdjacencySieve.NAME,
          AppositionSieve.NAME,
          ColonLeadInSieve.NAME,
          AccordingToSieve.NAME,
          DashSieve.NAME,
          OrganizationSieve.NAME,
          PronounSieve.NAME,
          RepeatedQuoteSieve.NAME,
          ContinuationSieve.NAME);

  private static final Map<String, Supplier<AttributionSieve>> BY_NAME = registry();

  private Sieves() {}

  /**
   * The sieves named, in the order given.
   *
   * @throws IllegalArgumentException naming the unknown sieve and listing the valid names
   */
  public static List<AttributionSieve> byName(List<String> names) {
    List<AttributionSieve> out = new ArrayList<>(names.size());
    for (String name : names) {
      Supplier<AttributionSieve> sieve = BY_NAME.get(name.trim());
      if (sieve == null) {
        throw new IllegalArgumentException(
            "Unknown attribution sieve '" + name + "'; valid sieves are: " + validNames());
      }
      out.add(sieve.get());
    }
    return out;
  }

  /** All valid sieve names, in the default order. */
  public static List<String> validNames() {
    return List.copyOf(BY_NAME.keySet());
  }

  private static Map<String, Supplier<AttributionSieve>> registry() {
    Map<String, Supplier<AttributionSieve>> map = new LinkedHashMap<>();
    map.put(CueAdjacencySieve.NAME, CueAdjacencySieve::new);
    map.put(AppositionSieve.NAME, AppositionSieve::new);
    map.put(ColonLeadInSieve.NAME, ColonLeadInSieve::new);
    map.put(AccordingToSieve.NAME, AccordingToSieve::new);
    map.put(DashSieve.NAME, DashSieve::new);
    map.put(OrganizationSieve.NAME, OrganizationSieve::new);
    map.put(PronounSieve.NAME, PronounSieve::new);
    map.put(RepeatedQuoteSieve.NAME, RepeatedQuoteSieve::new);
    map.put(ContinuationSieve.NAME, ContinuationSieve::new);
    return map;
  }
}

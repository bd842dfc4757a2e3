package io.saidwho.core.attribution.cue;

/** The shape of news writing a quote's cue was read in, relative to the quote. */
public enum Frame {
  /**
   * After the closing mark, in the same sentence: {@code “…,” Roe said}, {@code “…,” said Roe},
   * {@code “….” said Roe}.
   */
  AFTER,
  /**
   * Before the opening mark, in the same sentence: {@code Roe said “…”}, {@code Roe said that “…”},
   * {@code Roe told reporters on Monday that “…”}.
   */
  BEFORE,
  /**
   * A lead-in ending in a colon or dash, in the same paragraph or the one before: {@code Roe told
   * members: “…”}, {@code Jane Roe, Twitter: “…”}.
   */
  COLON,
  /** "According to X" in the quote's sentence. */
  ACCORDING_TO,
  /** A dash and a name right after the closing mark: {@code “…” — Jane Roe}. */
  DASH,
  /**
   * The subject of the writer's clause a quote is woven into, its verb further from the quote:
   * {@code Roe called the plan “reckless”}.
   */
  CLAUSE,
  /**
   * The last sentence of the previous paragraph, whose subject speaks in the quote paragraph that
   * follows: {@code Jane Roe chimed in.} then {@code “…”}.
   */
  LEAD_IN
}

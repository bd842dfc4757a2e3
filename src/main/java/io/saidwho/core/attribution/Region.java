package io.saidwho.core.attribution;

/** Where a quote's cue was found, relative to the quote. */
enum Region {
  /** After the closing mark, in the same sentence: {@code “…,” Blinken said}. */
  AFTER,
  /** Before the opening mark, in the same sentence: {@code Blinken said that “…”}. */
  BEFORE,
  /**
   * A lead-in ending in a colon, in the same or the previous paragraph: {@code X told members:}.
   */
  COLON
}

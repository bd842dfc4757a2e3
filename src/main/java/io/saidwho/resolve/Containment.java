package io.saidwho.resolve;

import java.util.Arrays;

/**
 * When a shorter quotation joins a longer one: its normalised words ({@link QuoteKey}) are a
 * contiguous run of the longer one's words, and it has at least {@link #MIN_WORDS} of them
 * (shorter fragments, "we will win", recur in unrelated statements). Equal keys are one
 * quotation already, not a containment. Stateless.
 */
public final class Containment {

  /** The fewest words a quotation needs to join a longer one. */
  public static final int MIN_WORDS = 6;

  private Containment() {}

  /** Whether the quotation keyed {@code part} joins the one keyed {@code whole}. */
  public static boolean joins(String part, String whole) {
    String[] small = words(part);
    String[] large = words(whole);
    if (small.length < MIN_WORDS || large.length <= small.length) {
      return false;
    }
    for (int at = 0; at + small.length <= large.length; at++) {
      if (Arrays.equals(large, at, at + small.length, small, 0, small.length)) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String key) {
    return key == null || key.isEmpty() ? new String[0] : key.split(" ", -1);
  }
}

package io.saidwho.resolve;

/**
 * The word 6-grams ({@link Containment#MIN_WORDS} words) of a quotation key ({@link QuoteKey}),
 * hashed: the candidates for containment are found by these hashes, so a key contained in a
 * longer one has all its hashes, in order, among the longer one's. 64-bit FNV-1a over the
 * 6-gram's chars (words one space apart); equal 6-grams hash equally in every JVM. Stateless.
 */
public final class Shingles {

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Shingles() {}

  /** The hash of each 6-gram of {@code key}, by position; empty when it has fewer words. */
  public static long[] hashes(String key) {
    int[] starts = wordStarts(key);
    int count = starts.length - Containment.MIN_WORDS + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      int end = i + Containment.MIN_WORDS < starts.length
          ? starts[i + Containment.MIN_WORDS] - 1 : key.length();
      hashes[i] = fnv(key, starts[i], end);
    }
    return hashes;
  }

  private static long fnv(String text, int begin, int end) {
    long hash = OFFSET;
    for (int i = begin; i < end; i++) {
      hash = (hash ^ text.charAt(i)) * PRIME;
    }
    return hash;
  }

  private static int[] wordStarts(String key) {
    if (key == null || key.isEmpty()) {
      return new int[0];
    }
    int[] starts = new int[QuoteKey.wordCount(key)];
    int word = 0;
    starts[word++] = 0;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        starts[word++] = i + 1;
      }
    }
    return starts;
  }
}

package io.saidwho.eval;

import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One-to-one matching of predicted to gold spans of one document. {@link Mode#EXACT} needs equal
 * offsets; {@link Mode#OVERLAP} needs the shared chars to be at least {@link #MIN_OVERLAP} of the
 * gold span and of the predicted span (so a span covering a whole paragraph matches nothing).
 * Exact pairs are taken first, then the best remaining overlaps, greedily.
 */
public final class SpanMatcher {

  /** Minimum share of both spans that must overlap in {@link Mode#OVERLAP}. */
  public static final double MIN_OVERLAP = 0.8;

  /** How two spans must agree to match. */
  public enum Mode {
    EXACT,
    OVERLAP
  }

  /** A matched pair, by index into the gold and predicted lists. */
  public record Pair(int gold, int predicted) {}

  private SpanMatcher() {}

  public static List<Pair> match(List<TextSpan> gold, List<TextSpan> predicted, Mode mode) {
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[predicted.size()];
    List<Pair> pairs = new ArrayList<>();
    pairUp(gold, predicted, goldUsed, predUsed, pairs, 1.0);
    if (mode == Mode.OVERLAP) {
      pairUp(gold, predicted, goldUsed, predUsed, pairs, MIN_OVERLAP);
    }
    return pairs;
  }

  private static void pairUp(
      List<TextSpan> gold,
      List<TextSpan> predicted,
      boolean[] goldUsed,
      boolean[] predUsed,
      List<Pair> pairs,
      double threshold) {
    for (int g = 0; g < gold.size(); g++) {
      int best = -1;
      double bestScore = threshold;
      for (int p = 0; p < predicted.size() && !goldUsed[g]; p++) {
        double score = predUsed[p] ? -1 : agreement(gold.get(g), predicted.get(p));
        if (score >= bestScore && (best < 0 || score > bestScore)) {
          best = p;
          bestScore = score;
        }
      }
      if (best >= 0) {
        goldUsed[g] = true;
        predUsed[best] = true;
        pairs.add(new Pair(g, best));
      }
    }
  }

  /** The smaller of the overlap's share of each span: 1.0 exactly when the spans are equal. */
  static double agreement(TextSpan gold, TextSpan predicted) {
    if (gold.equals(predicted)) {
      return 1.0;
    }
    int shared = Math.min(gold.end(), predicted.end()) - Math.max(gold.begin(), predicted.begin());
    if (shared <= 0) {
      return 0.0;
    }
    double ofGold = (double) shared / Math.max(1, gold.length());
    double ofPredicted = (double) shared / Math.max(1, predicted.length());
    return Math.min(Math.min(ofGold, ofPredicted), 0.999999);
  }
}

package io.saidwho.eval;

/** Counts of one comparison and the precision, recall and F1 they give (0 when undefined). */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 0.0 : (double) truePositives / predicted;
  }

  public double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 0.0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
}

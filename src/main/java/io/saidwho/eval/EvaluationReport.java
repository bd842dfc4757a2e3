package io.saidwho.eval;

import java.util.List;
import java.util.Map;

/**
 * What {@link Evaluator} found.
 *
 * @param exact span scores per category ({@code all}, {@code direct+partial}, and each kind) with
 *     exact offsets
 * @param overlap the same with {@link SpanMatcher.Mode#OVERLAP}
 * @param kindCompared matched quotes (overlap, all kinds) whose kind was compared
 * @param kindCorrect of those, how many had the gold kind
 * @param speakerCompared matched quotes (overlap) whose gold names a speaker
 * @param speakerCorrect of those, how many name the same speaker (case and punctuation ignored)
 * @param speakerUnknown of those, how many the pipeline left without speaker
 * @param anonymousCompared matched speech quotes (direct, partial) whose gold names nobody (an
 *     unnamed source, a crowd)
 * @param anonymousCorrect of those, how many the pipeline also left without speaker
 * @param sieveCounts matched quotes with a gold speaker, by the sieve that attributed them
 * @param kindConfusion gold kind to predicted kind to count, over matched quotes with a gold kind
 * @param kindErrorRules wrong kinds by "gold -> predicted by rule", the classifier rule that chose
 * @param mentions mention accuracy over matched quotes whose gold gives source offsets
 * @param misses gold quotes no prediction matched (overlap, all kinds)
 * @param falsePositives predictions that matched no gold quote (overlap, all kinds)
 * @param kindErrors matched pairs whose kinds differ
 * @param speakerErrors matched pairs whose speakers differ
 * @param anonymousErrors matched speech quotes the gold attributes to nobody but the pipeline to a
 *     speaker
 */
public record EvaluationReport(
    Map<String, Scores> exact,
    Map<String, Scores> overlap,
    int kindCompared,
    int kindCorrect,
    int speakerCompared,
    int speakerCorrect,
    int speakerUnknown,
    int anonymousCompared,
    int anonymousCorrect,
    Map<String, Integer> sieveCounts,
    Map<String, Map<String, Integer>> kindConfusion,
    Map<String, Integer> kindErrorRules,
    MentionReport mentions,
    List<GoldQuote> misses,
    List<PredictedQuote> falsePositives,
    List<Mismatch> kindErrors,
    List<Mismatch> speakerErrors,
    List<Mismatch> anonymousErrors) {

  /** A gold quote and the prediction matched to it. */
  public record Mismatch(GoldQuote gold, PredictedQuote predicted) {}

  public double kindAccuracy() {
    return kindCompared == 0 ? 0.0 : (double) kindCorrect / kindCompared;
  }

  public double speakerAccuracy() {
    return speakerCompared == 0 ? 0.0 : (double) speakerCorrect / speakerCompared;
  }
}

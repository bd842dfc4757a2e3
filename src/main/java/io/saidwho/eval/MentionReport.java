package io.saidwho.eval;

import java.util.List;
import java.util.Map;

/**
 * How well the predicted speaker mentions agree with gold source mentions, on matched quotes whose
 * gold gives the source's offsets. A mention is correct when its span overlaps the gold source
 * span (GenderGapTracker's "speaker match"); unknown when the pipeline named neither a speaker nor
 * a mention.
 *
 * @param compared matched quotes with a gold source
 * @param correct of those, how many have a predicted mention overlapping the source
 * @param unknown of those, how many have neither a speaker nor a mention
 * @param failures the wrong ones, by failure kind ("unknown", "wrong mention", ...) and where the
 *     gold source lies relative to the quote
 * @param bySieve per deciding sieve: attributed quotes and correct mentions
 * @param errors the wrong pairs
 */
public record MentionReport(
    int compared,
    int correct,
    int unknown,
    Map<String, Integer> failures,
    Map<String, SieveScore> bySieve,
    List<EvaluationReport.Mismatch> errors) {

  /** Quotes a sieve decided and how many of them have the gold mention. */
  public record SieveScore(int decided, int correct) {}

  public double accuracy() {
    return compared == 0 ? 0.0 : (double) correct / compared;
  }

  public double unknownShare() {
    return compared == 0 ? 0.0 : (double) unknown / compared;
  }
}

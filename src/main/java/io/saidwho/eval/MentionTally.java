package io.saidwho.eval;

import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts mention agreement over matched pairs (see {@link MentionReport}), and files each failure
 * under its kind and the gold source's place relative to the quote: inside it, before or after it
 * in its paragraph, or in an earlier or later paragraph. Not thread-safe.
 */
final class MentionTally {

  private final Map<String, String> texts;
  private int compared;
  private int correct;
  private int unknown;
  private final Map<String, Integer> failures = new TreeMap<>();
  private final Map<String, int[]> sieves = new TreeMap<>();
  private final List<EvaluationReport.Mismatch> errors = new ArrayList<>();

  MentionTally(Map<String, String> texts) {
    this.texts = texts;
  }

  void compare(GoldQuote gold, PredictedQuote predicted) {
    if (!gold.hasSource()) {
      return;
    }
    compared++;
    int[] sieve = sieves.computeIfAbsent(String.valueOf(predicted.sieve()), k -> new int[2]);
    sieve[0]++;
    if (predicted.mentionSpan() != null && predicted.mentionSpan().overlaps(gold.source())) {
      correct++;
      sieve[1]++;
      return;
    }
    unknown += predicted.isUnknown() ? 1 : 0;
    failures.merge(failureKind(predicted) + ", source " + place(gold), 1, Integer::sum);
    errors.add(new EvaluationReport.Mismatch(gold, predicted));
  }

  MentionReport report() {
    Map<String, MentionReport.SieveScore> bySieve = new TreeMap<>();
    sieves.forEach((k, v) -> bySieve.put(k, new MentionReport.SieveScore(v[0], v[1])));
    return new MentionReport(compared, correct, unknown, failures, bySieve, errors);
  }

  private static String failureKind(PredictedQuote predicted) {
    if (predicted.isUnknown()) {
      return "unknown";
    }
    return predicted.mentionSpan() == null ? "speaker without mention" : "wrong mention";
  }

  /** Where the gold source lies relative to the quote. */
  private String place(GoldQuote gold) {
    TextSpan quote = gold.span();
    TextSpan source = gold.source();
    if (quote.overlaps(source)) {
      return "inside the quote";
    }
    String text = texts.get(gold.doc());
    boolean before = source.end() <= quote.begin();
    if (text == null) {
      return before ? "before" : "after";
    }
    boolean sameParagraph =
        before ? !hasLineBreak(text, source.end(), quote.begin())
            : !hasLineBreak(text, quote.end(), source.begin());
    if (sameParagraph) {
      return before ? "before the quote, same paragraph" : "after the quote, same paragraph";
    }
    return before ? "in an earlier paragraph" : "in a later paragraph";
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    return text.substring(from, Math.min(to, text.length())).indexOf('\n') >= 0;
  }
}

package io.saidwho.eval;

import io.saidwho.core.text.TextSpan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compares predicted quotes with gold quotes, document by document: span precision / recall / F1
 * per category (all, direct+partial, each kind) for exact and overlap matching; on matched quotes,
 * kind accuracy and the kind confusions (where the gold has kinds), speaker accuracy (where it has
 * canonical speakers) and mention accuracy (where it has source offsets). Pure: no I/O.
 */
public final class Evaluator {

  public static final String ALL = "all";
  public static final String SPEECH = "direct+partial";
  /** The kind labels, in report order. */
  public static final List<String> KINDS = List.of("direct", "partial", "non-speech");

  private Evaluator() {}

  public static EvaluationReport evaluate(List<GoldQuote> gold, List<PredictedQuote> predicted) {
    return evaluate(gold, predicted, Map.of());
  }

  /**
   * As {@link #evaluate(List, List)}; {@code texts} (article id to text, may be empty) lets the
   * mention failures say whether the gold source is in the quote's paragraph.
   */
  public static EvaluationReport evaluate(
      List<GoldQuote> gold, List<PredictedQuote> predicted, Map<String, String> texts) {
    Map<String, Scores> exact = new LinkedHashMap<>();
    Map<String, Scores> overlap = new LinkedHashMap<>();
    for (Map.Entry<String, Predicate<String>> category : categories().entrySet()) {
      Predicate<String> kind = category.getValue();
      exact.put(category.getKey(), score(gold, predicted, kind, SpanMatcher.Mode.EXACT));
      overlap.put(category.getKey(), score(gold, predicted, kind, SpanMatcher.Mode.OVERLAP));
    }
    return details(gold, predicted, exact, overlap, texts);
  }

  private static Map<String, Predicate<String>> categories() {
    Map<String, Predicate<String>> categories = new LinkedHashMap<>();
    categories.put(ALL, kind -> true);
    categories.put(SPEECH, kind -> "direct".equals(kind) || "partial".equals(kind));
    for (String k : KINDS) {
      categories.put(k, k::equals);
    }
    return categories;
  }

  private static Scores score(
      List<GoldQuote> gold,
      List<PredictedQuote> predicted,
      Predicate<String> kind,
      SpanMatcher.Mode mode) {
    int tp = 0;
    int goldCount = 0;
    int predictedCount = 0;
    for (String doc : docs(gold, predicted)) {
      List<TextSpan> g = goldSpans(gold, doc, kind);
      List<TextSpan> p = predictedSpans(predicted, doc, kind);
      tp += SpanMatcher.match(g, p, mode).size();
      goldCount += g.size();
      predictedCount += p.size();
    }
    return new Scores(tp, predictedCount - tp, goldCount - tp);
  }

  private static EvaluationReport details(
      List<GoldQuote> gold,
      List<PredictedQuote> predicted,
      Map<String, Scores> exact,
      Map<String, Scores> overlap,
      Map<String, String> texts) {
    Tally tally = new Tally(new MentionTally(texts));
    Map<String, List<GoldQuote>> goldByDoc = byDoc(gold, GoldQuote::doc);
    Map<String, List<PredictedQuote>> predictedByDoc = byDoc(predicted, PredictedQuote::doc);
    for (String doc : docs(gold, predicted)) {
      List<GoldQuote> g = goldByDoc.getOrDefault(doc, List.of());
      List<PredictedQuote> p = predictedByDoc.getOrDefault(doc, List.of());
      List<SpanMatcher.Pair> pairs =
          SpanMatcher.match(
              g.stream().map(GoldQuote::span).toList(),
              p.stream().map(PredictedQuote::span).toList(),
              SpanMatcher.Mode.OVERLAP);
      tally.add(g, p, pairs);
    }
    return new EvaluationReport(
        exact,
        overlap,
        tally.kindCompared,
        tally.kindCorrect,
        tally.speakerCompared,
        tally.speakerCorrect,
        tally.speakerUnknown,
        tally.anonymousCompared,
        tally.anonymousCorrect,
        tally.sieves,
        tally.kindConfusion,
        tally.kindErrorRules,
        tally.mentions.report(),
        tally.misses,
        tally.falsePositives,
        tally.kindErrors,
        tally.speakerErrors,
        tally.anonymousErrors);
  }

  private static <T> Map<String, List<T>> byDoc(List<T> quotes, Function<T, String> doc) {
    Map<String, List<T>> out = new HashMap<>();
    for (T q : quotes) {
      out.computeIfAbsent(doc.apply(q), k -> new ArrayList<>()).add(q);
    }
    return out;
  }

  private static Set<String> docs(List<GoldQuote> gold, List<PredictedQuote> predicted) {
    Set<String> docs = new TreeSet<>();
    gold.forEach(q -> docs.add(q.doc()));
    predicted.forEach(q -> docs.add(q.doc()));
    return docs;
  }

  private static List<TextSpan> goldSpans(
      List<GoldQuote> gold, String doc, Predicate<String> kind) {
    return gold.stream()
        .filter(q -> q.doc().equals(doc) && kind.test(q.kind()))
        .map(GoldQuote::span)
        .toList();
  }

  private static List<TextSpan> predictedSpans(
      List<PredictedQuote> predicted, String doc, Predicate<String> kind) {
    return predicted.stream()
        .filter(q -> q.doc().equals(doc) && kind.test(q.kind()))
        .map(PredictedQuote::span)
        .toList();
  }

  /**
   * A speaker name reduced for comparison: accents folded, lower case, every run of chars that are
   * not letters or digits turned into one space.
   */
  public static String normalizeName(String name) {
    if (name == null) {
      return null;
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** Running counts over the matched pairs of every document. */
  private static final class Tally {
    int kindCompared;
    int kindCorrect;
    int speakerCompared;
    int speakerCorrect;
    int speakerUnknown;
    int anonymousCompared;
    int anonymousCorrect;
    final MentionTally mentions;
    final Map<String, Integer> sieves = new TreeMap<>();
    final Map<String, Map<String, Integer>> kindConfusion = new TreeMap<>();
    final Map<String, Integer> kindErrorRules = new TreeMap<>();
    final List<GoldQuote> misses = new ArrayList<>();
    final List<PredictedQuote> falsePositives = new ArrayList<>();
    final List<EvaluationReport.Mismatch> kindErrors = new ArrayList<>();
    final List<EvaluationReport.Mismatch> speakerErrors = new ArrayList<>();
    final List<EvaluationReport.Mismatch> anonymousErrors = new ArrayList<>();

    Tally(MentionTally mentions) {
      this.mentions = mentions;
    }

    void add(List<GoldQuote> gold, List<PredictedQuote> predicted, List<SpanMatcher.Pair> pairs) {
      boolean[] goldMatched = new boolean[gold.size()];
      boolean[] predMatched = new boolean[predicted.size()];
      for (SpanMatcher.Pair pair : pairs) {
        goldMatched[pair.gold()] = true;
        predMatched[pair.predicted()] = true;
        compare(gold.get(pair.gold()), predicted.get(pair.predicted()));
      }
      for (int i = 0; i < gold.size(); i++) {
        if (!goldMatched[i]) {
          misses.add(gold.get(i));
        }
      }
      for (int i = 0; i < predicted.size(); i++) {
        if (!predMatched[i]) {
          falsePositives.add(predicted.get(i));
        }
      }
    }

    private void compareAnonymous(GoldQuote gold, PredictedQuote predicted) {
      if (gold.hasKind() && !"non-speech".equals(gold.kind())) {
        anonymousCompared++;
        if (predicted.speaker() == null) {
          anonymousCorrect++;
        } else {
          anonymousErrors.add(new EvaluationReport.Mismatch(gold, predicted));
        }
      }
    }

    private void compare(GoldQuote gold, PredictedQuote predicted) {
      mentions.compare(gold, predicted);
      if (gold.hasKind()) {
        compareKind(gold, predicted);
      }
      if (gold.speakerAnnotated()) {
        compareSpeaker(gold, predicted);
      }
    }

    private void compareKind(GoldQuote gold, PredictedQuote predicted) {
      kindCompared++;
      kindConfusion.computeIfAbsent(gold.kind(), k -> new TreeMap<>())
          .merge(predicted.kind(), 1, Integer::sum);
      if (gold.kind().equals(predicted.kind())) {
        kindCorrect++;
      } else {
        kindErrors.add(new EvaluationReport.Mismatch(gold, predicted));
        kindErrorRules.merge(
            gold.kind() + " -> " + predicted.kind() + " by " + predicted.kindRule(), 1,
            Integer::sum);
      }
    }

    private void compareSpeaker(GoldQuote gold, PredictedQuote predicted) {
      if (gold.speaker() == null) {
        compareAnonymous(gold, predicted);
        return;
      }
      speakerCompared++;
      sieves.merge(String.valueOf(predicted.sieve()), 1, Integer::sum);
      if (predicted.speaker() == null) {
        speakerUnknown++;
      }
      if (normalizeName(gold.speaker()).equals(normalizeName(predicted.speaker()))) {
        speakerCorrect++;
      } else {
        speakerErrors.add(new EvaluationReport.Mismatch(gold, predicted));
      }
    }
  }
}

package io.saidwho.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Prints an {@link EvaluationReport} as plain-text tables followed by the error lists. Sections the
 * gold cannot score (kinds, canonical speakers, mentions) are left out.
 */
final class ReportPrinter {

  private static final int EXCERPT = 70;

  private ReportPrinter() {}

  static void print(EvaluationReport r, int articles, PrintStream out) {
    out.printf(Locale.ROOT, "saidwho evaluation over %d articles%n%n", articles);
    printSpans(r, out);
    if (r.kindCompared() > 0) {
      printKinds(r, out);
    }
    if (r.speakerCompared() > 0 || r.anonymousCompared() > 0) {
      printSpeakers(r, out);
    }
    if (r.mentions().compared() > 0) {
      printMentions(r.mentions(), out);
    }
    printLists(r, out);
  }

  private static void printSpans(EvaluationReport r, PrintStream out) {
    out.printf(Locale.ROOT, "%-16s %5s %5s | %-20s | %-20s%n", "", "", "", "exact", "overlap>=0.8");
    out.printf(Locale.ROOT, "%-16s %5s %5s | %6s %6s %6s | %6s %6s %6s%n",
        "category", "gold", "pred", "P", "R", "F1", "P", "R", "F1");
    for (Map.Entry<String, Scores> e : r.exact().entrySet()) {
      Scores x = e.getValue();
      Scores o = r.overlap().get(e.getKey());
      out.printf(Locale.ROOT, "%-16s %5d %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
          e.getKey(), x.truePositives() + x.falseNegatives(), x.truePositives() + x.falsePositives(),
          x.precision(), x.recall(), x.f1(), o.precision(), o.recall(), o.f1());
    }
  }

  private static void printKinds(EvaluationReport r, PrintStream out) {
    out.printf(Locale.ROOT, "%nkind accuracy (matched quotes):    %.3f (%d/%d)%n",
        r.kindAccuracy(), r.kindCorrect(), r.kindCompared());
    out.printf(Locale.ROOT, "kind confusion (rows gold, columns predicted):%n%-12s", "");
    Evaluator.KINDS.forEach(k -> out.printf(Locale.ROOT, " %10s", k));
    out.println();
    for (String gold : Evaluator.KINDS) {
      out.printf(Locale.ROOT, "%-12s", gold);
      Map<String, Integer> row = r.kindConfusion().getOrDefault(gold, Map.of());
      Evaluator.KINDS.forEach(k -> out.printf(Locale.ROOT, " %10d", row.getOrDefault(k, 0)));
      out.println();
    }
    out.println("kind errors by rule:");
    r.kindErrorRules().forEach((rule, n) -> out.printf(Locale.ROOT, "  %4d  %s%n", n, rule));
  }

  private static void printSpeakers(EvaluationReport r, PrintStream out) {
    out.printf(Locale.ROOT, "%nspeaker accuracy (matched quotes): %.3f (%d/%d), unknown %d%n",
        r.speakerAccuracy(), r.speakerCorrect(), r.speakerCompared(), r.speakerUnknown());
    out.printf(Locale.ROOT, "anonymous gold speakers (speech quotes the gold attributes to nobody):"
        + " %d/%d left without speaker%n", r.anonymousCorrect(), r.anonymousCompared());
    out.println("attributed by sieve (matched quotes with a gold speaker): " + r.sieveCounts());
  }

  private static void printMentions(MentionReport m, PrintStream out) {
    out.printf(Locale.ROOT, "%nmention accuracy (matched quotes with a gold source):"
        + " %.3f (%d/%d), unknown %d (%.3f)%n",
        m.accuracy(), m.correct(), m.compared(), m.unknown(), m.unknownShare());
    out.println("mentions by sieve (decided, correct):");
    m.bySieve().forEach((sieve, s) -> out.printf(Locale.ROOT, "  %-16s %5d %5d  %.3f%n",
        sieve, s.decided(), s.correct(), s.decided() == 0 ? 0.0 : (double) s.correct() / s.decided()));
    out.println("mention failures by kind and gold source place:");
    m.failures().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
  }

  private static void printLists(EvaluationReport r, PrintStream out) {
    out.printf(Locale.ROOT, "%nMISSES (%d)%n", r.misses().size());
    r.misses().forEach(g -> out.println("  " + gold(g)));
    out.printf(Locale.ROOT, "FALSE POSITIVES (%d)%n", r.falsePositives().size());
    r.falsePositives().forEach(p -> out.println("  " + predicted(p)));
    out.printf(Locale.ROOT, "KIND ERRORS (%d)%n", r.kindErrors().size());
    r.kindErrors().forEach(m -> out.println(
        "  " + gold(m.gold()) + "\n      predicted " + m.predicted().kind()
            + " (rule " + m.predicted().kindRule() + ")"));
    out.printf(Locale.ROOT, "SPEAKER ERRORS (%d)%n", r.speakerErrors().size());
    r.speakerErrors().forEach(m -> out.println(
        "  " + gold(m.gold()) + "\n      predicted " + m.predicted().speaker()
            + " (sieve " + m.predicted().sieve() + ")"));
    out.printf(Locale.ROOT, "ANONYMOUS GIVEN A SPEAKER (%d)%n", r.anonymousErrors().size());
    r.anonymousErrors().forEach(m -> out.println(
        "  " + gold(m.gold()) + "\n      predicted " + m.predicted().speaker()
            + " (sieve " + m.predicted().sieve() + ")"));
    out.printf(Locale.ROOT, "MENTION ERRORS (%d)%n", r.mentions().errors().size());
    r.mentions().errors().forEach(m -> out.println(
        "  " + gold(m.gold()) + " source=" + m.gold().source() + " «" + m.gold().mention() + "»"
            + "\n      predicted «" + m.predicted().mention() + "» " + m.predicted().mentionSpan()
            + " speaker=" + m.predicted().speaker() + " (sieve " + m.predicted().sieve() + ")"));
  }

  private static String gold(GoldQuote g) {
    return g.doc() + " " + g.span() + " " + g.kind() + " «" + excerpt(g.text()) + "» speaker="
        + g.speaker();
  }

  private static String predicted(PredictedQuote p) {
    return p.doc() + " " + p.span() + " " + p.kind() + " «" + excerpt(p.text()) + "» speaker="
        + p.speaker() + " sieve=" + p.sieve();
  }

  private static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replace('\n', ' ');
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
  }
}

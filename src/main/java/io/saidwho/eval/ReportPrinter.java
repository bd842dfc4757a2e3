package io.saidwho.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints an {@link EvaluationReport} as a plain-text table followed by the error lists. */
final class ReportPrinter {

  private static final int EXCERPT = 70;

  private ReportPrinter() {}

  static void print(EvaluationReport r, int articles, PrintStream out) {
    out.printf(Locale.ROOT, "saidwho evaluation over %d articles%n%n", articles);
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
    out.printf(Locale.ROOT, "%nkind accuracy (matched quotes):    %.3f (%d/%d)%n",
        r.kindAccuracy(), r.kindCorrect(), r.kindCompared());
    out.printf(Locale.ROOT, "speaker accuracy (matched quotes): %.3f (%d/%d), unknown %d%n",
        r.speakerAccuracy(), r.speakerCorrect(), r.speakerCompared(), r.speakerUnknown());
    out.printf(Locale.ROOT, "anonymous gold speakers (speech quotes the gold attributes to nobody):"
        + " %d/%d left without speaker%n", r.anonymousCorrect(), r.anonymousCompared());
    out.println("attributed by sieve (matched quotes with a gold speaker): " + r.sieveCounts());
    printLists(r, out);
  }

  private static void printLists(EvaluationReport r, PrintStream out) {
    out.printf(Locale.ROOT, "%nMISSES (%d)%n", r.misses().size());
    r.misses().forEach(g -> out.println("  " + gold(g)));
    out.printf(Locale.ROOT, "FALSE POSITIVES (%d)%n", r.falsePositives().size());
    r.falsePositives().forEach(p -> out.println("  " + predicted(p)));
    out.printf(Locale.ROOT, "KIND ERRORS (%d)%n", r.kindErrors().size());
    r.kindErrors().forEach(m -> out.println(
        "  " + gold(m.gold()) + "\n      predicted " + m.predicted().kind()));
    out.printf(Locale.ROOT, "SPEAKER ERRORS (%d)%n", r.speakerErrors().size());
    r.speakerErrors().forEach(m -> out.println(
        "  " + gold(m.gold()) + "\n      predicted " + m.predicted().speaker()
            + " (sieve " + m.predicted().sieve() + ")"));
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

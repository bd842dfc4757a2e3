package io.saidwho.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.saidwho.core.ArticleProcessor;
import io.saidwho.core.AttributedQuote;
import io.saidwho.core.text.Article;
import io.saidwho.launch.ExitCodeRelay;
import io.saidwho.models.NlpModels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation command: runs the core over articles and compares its quotes with a gold JSONL.
 *
 * <pre>
 * EvaluateMain --gold sample-data/gold/seed-quotes.jsonl --articles sample-data/articles
 *              [--json target/eval.json]
 * </pre>
 *
 * Exits 0 whatever the scores; 2 on bad input (unreadable files, malformed gold, a gold row whose
 * document is missing or whose text differs from the article at its offsets).
 */
public final class EvaluateMain {

  private EvaluateMain() {}

  public static void main(String[] args) {
    try {
      ExitCodeRelay.exit(run(args));
    } catch (EvaluationInputException e) {
      System.err.println("evaluation: " + e.getMessage());
      ExitCodeRelay.exit(2);
    }
  }

  static int run(String[] args) {
    Map<String, String> options = parse(args);
    List<GoldQuote> gold = GoldReader.read(Path.of(options.get("--gold")));
    List<Article> articles = EvalArticles.load(Path.of(options.get("--articles")));
    checkGold(gold, articles);
    Map<String, String> texts = new HashMap<>();
    articles.forEach(a -> texts.put(a.id(), a.text()));
    EvaluationReport report = Evaluator.evaluate(gold, predict(articles), texts);
    ReportPrinter.print(report, articles.size(), System.out);
    if (options.containsKey("--json")) {
      writeJson(report, Path.of(options.get("--json")));
    }
    return 0;
  }

  /** Runs the standard core pipeline over every article. */
  public static List<PredictedQuote> predict(List<Article> articles) {
    ArticleProcessor processor = NlpModels.shared().newProcessor();
    List<PredictedQuote> predicted = new ArrayList<>();
    for (Article article : articles) {
      for (AttributedQuote q : processor.process(article).quotes()) {
        predicted.add(new PredictedQuote(
            article.id(),
            q.quote().span(),
            q.quote().span().cover(article.text()),
            q.quote().kind().label(),
            q.attribution().speaker(),
            q.attribution().sieve(),
            q.attribution().mention(),
            q.attribution().mentionSpan(),
            q.quote().kindRule()));
      }
    }
    return predicted;
  }

  private static void checkGold(List<GoldQuote> gold, List<Article> articles) {
    Map<String, String> texts = new HashMap<>();
    articles.forEach(a -> texts.put(a.id(), a.text()));
    for (GoldQuote g : gold) {
      String text = texts.get(g.doc());
      if (text == null) {
        throw new EvaluationInputException("Gold document " + g.doc() + " is not among the articles");
      }
      if (g.span().end() > text.length()) {
        throw new EvaluationInputException("Gold span " + g.span() + " lies outside " + g.doc());
      }
      if (g.text() != null && !g.text().equals(g.span().cover(text))) {
        throw new EvaluationInputException(
            "Gold text of " + g.doc() + " " + g.span() + " differs from the article at its offsets");
      }
      if (g.hasSource() && g.source().end() > text.length()) {
        throw new EvaluationInputException(
            "Gold source " + g.source() + " lies outside " + g.doc());
      }
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!List.of("--gold", "--articles", "--json").contains(args[i]) || i + 1 >= args.length) {
        throw new EvaluationInputException(
            "usage: EvaluateMain --gold FILE.jsonl --articles DIR|FILE.jsonl [--json OUT.json]"
                + " (bad argument: " + args[i] + ")");
      }
      options.put(args[i], args[++i]);
    }
    for (String required : List.of("--gold", "--articles")) {
      if (!options.containsKey(required)) {
        throw new EvaluationInputException("missing " + required);
      }
    }
    return options;
  }

  private static void writeJson(EvaluationReport report, Path file) {
    try {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
    } catch (IOException e) {
      throw new EvaluationInputException("Cannot write " + file + ": " + e.getMessage());
    }
  }
}

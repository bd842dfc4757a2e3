package io.saidwho.bench;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.nlp.TextAnalyzer;
import io.saidwho.core.text.Article;
import io.saidwho.models.NlpModels;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link TextAnalyzer} on synthetic articles: paragraphs + sentences + tokens, and the same with
 * every sentence POS-tagged (the upper bound of what the lazy tagging costs). Scores are articles
 * per second on one thread; an article has about 600 tokens.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextAnalyzerBenchmark {

  private List<Article> articles;
  private TextAnalyzer analyzer;

  @Setup
  public void setUp() {
    articles = BenchmarkArticles.generate();
    NlpModels models = NlpModels.shared();
    analyzer = new TextAnalyzer(models.sentences(), models.tokens(), models.pos(), models.lemmas());
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkArticles.COUNT)
  public void sentencesAndTokens(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(analyzer.analyze(article.text()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkArticles.COUNT)
  public void sentencesTokensAndPosEverySentence(Blackhole sink) {
    for (Article article : articles) {
      AnalyzedText text = analyzer.analyze(article.text());
      for (int i = 0; i < text.sentences().size(); i++) {
        sink.consume(text.taggedTokens(i));
      }
    }
  }
}

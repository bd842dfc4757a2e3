package io.saidwho.bench;

import io.saidwho.core.ArticleProcessor;
import io.saidwho.core.text.Article;
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
 * The standard pipeline's {@code QuoteFinder} (whichever the core wires in {@link
 * ArticleProcessor#standard}) on the raw text of synthetic articles. Scores are articles per second
 * on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuoteFinderBenchmark {

  private List<Article> articles;
  private StandardStages stages;

  @Setup
  public void setUp() {
    articles = BenchmarkArticles.generate();
    stages = StandardStages.create();
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkArticles.COUNT)
  public void find(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(stages.finder().find(article.text()));
    }
  }
}

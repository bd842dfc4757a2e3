package io.saidwho.bench;

import io.saidwho.core.ArticleProcessor;
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
 * The whole core ({@link ArticleProcessor#process}: analysis, quotes, kinds, attribution, lazy POS
 * tagging) on synthetic articles, without Spark. Scores are articles per second on one thread;
 * compare with {@link TextAnalyzerBenchmark} for the cost of the stages after tokenization.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ArticleProcessorBenchmark {

  private List<Article> articles;
  private ArticleProcessor processor;

  @Setup
  public void setUp() {
    articles = BenchmarkArticles.generate();
    processor = NlpModels.shared().newProcessor();
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkArticles.COUNT)
  public void process(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(processor.process(article));
    }
  }
}

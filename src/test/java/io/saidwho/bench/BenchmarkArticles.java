package io.saidwho.bench;

import io.saidwho.core.text.Article;
import java.util.ArrayList;
import java.util.List;

/** The articles the JMH benchmarks run over: the first {@link #COUNT} of the seed-42 corpus. */
final class BenchmarkArticles {

  /** Articles per benchmark operation (the {@code @OperationsPerInvocation} of each benchmark). */
  static final int COUNT = 50;

  private BenchmarkArticles() {}

  static List<Article> generate() {
    ArticleSynthesizer synthesizer = new ArticleSynthesizer(42);
    List<Article> articles = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      articles.add(synthesizer.article(i));
    }
    return articles;
  }
}

package io.saidwho.bench;

import io.saidwho.core.ArticleProcessor;
import io.saidwho.core.ArticleResult;
import io.saidwho.core.text.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The saidwho core ({@link ArticleProcessor}) without Spark, on one thread, over the same sample
 * as the raw baseline: its throughput, and the share of sentences it POS-tags (tagging is lazy:
 * only sentences the quote classifier and attributor ask for are tagged).
 */
final class CoreSampleBench {

  /** The core's throughput and tagging share. */
  record Figures(Throughput throughput, long sentences, long taggedSentences) {
    double taggedShare() {
      return sentences == 0 ? 0 : taggedSentences / (double) sentences;
    }
  }

  private final ArticleProcessor processor;
  private final List<Article> articles;

  CoreSampleBench(ArticleProcessor processor, List<Article> articles) {
    this.processor = processor;
    this.articles = articles;
  }

  Figures measure(double warmupSeconds, double measureSeconds) {
    long[] counts = new long[3];
    runFor(warmupSeconds, counts);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    counts = new long[3];
    runFor(measureSeconds, counts);
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    return new Figures(new Throughput("saidwho core", counts[0], wall, cpu), counts[1], counts[2]);
  }

  /** Passes over the sample until the time is up; adds tokens, sentences, tagged to counts. */
  private void runFor(double seconds, long[] counts) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    do {
      for (Article article : articles) {
        ArticleResult result = processor.process(article);
        counts[0] += result.tokenCount();
        counts[1] += result.sentences().size();
        counts[2] += result.taggedSentenceCount();
      }
    } while (System.nanoTime() < deadline);
  }
}

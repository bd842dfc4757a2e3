package io.saidwho.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.saidwho.core.text.Article;
import io.saidwho.models.NlpModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The end-to-end benchmark, in one JVM run: generates (or reuses) a corpus of {@code --articles}
 * articles, or takes the one given with {@code --corpus} ({@code --repeat} times), measures plain
 * OpenNLP on one core over a sample of it (tokenizer; sentence + token; sentence + token + POS as
 * shipped, and with greedy POS; each after a warm-up) and the saidwho core on one core, then runs
 * the job through Spark ({@code --master}, default {@code local[2]}) and reports articles/s,
 * tokens/s per core, the ratios to raw OpenNLP and to the core alone, peak heap and stage times.
 * Prints a table and writes {@code <workdir>/bench-<corpus>-<time>.json}. See docs/benchmark.md.
 */
public final class BenchMain {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    BenchCorpus corpus = options.benchCorpus();
    corpus.prepare();
    List<Article> sample = corpus.sample(options.rawSample());
    NlpModels models = NlpModels.shared();
    RawOpenNlpBench raw =
        new RawOpenNlpBench(
            models, texts(sample), options.warmupSeconds(), options.measureSeconds());
    Throughput tokenizer = announce(raw.tokenizerOnly());
    Throughput sentenceToken = announce(raw.sentenceToken());
    Throughput full = announce(raw.sentenceTokenPos());
    Throughput greedy = announce(raw.sentenceTokenGreedyPos());
    CoreSampleBench.Figures core =
        new CoreSampleBench(models.newProcessor(), sample)
            .measure(options.warmupSeconds(), options.measureSeconds());
    announce(core.throughput());
    System.out.printf(Locale.ROOT, "%-32s %10.1f%%%n", "core POS-tagged sentences",
        100 * core.taggedShare());
    if (!options.runJob()) {
      return;
    }
    System.out.println("Running the job on " + options.master() + " ...");
    JobBench.Figures job = new JobBench(options, corpus).run();
    BenchReport report = new BenchReport(options, corpus.name(), sample.size(), full, greedy,
        sentenceToken, tokenizer, core, job);
    System.out.println();
    System.out.print(report.format());
    System.out.println("report: " + write(options, corpus, report) + " (sink " + raw.sink() % 10
        + ")");
  }

  private static List<String> texts(List<Article> articles) {
    return articles.stream().map(Article::text).toList();
  }

  private static Throughput announce(Throughput t) {
    System.out.printf(Locale.ROOT, "%-32s %10.0f tokens/s (%.0f tokens/cpu-s)%n", t.name(),
        t.tokensPerSecond(), t.tokensPerCpuSecond());
    return t;
  }

  private static Path write(BenchOptions options, BenchCorpus corpus, BenchReport report)
      throws Exception {
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    Path file = options.workdir().resolve("bench-" + corpus.name() + "-" + stamp + ".json");
    Files.createDirectories(options.workdir());
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), report.toMap());
    return file;
  }
}

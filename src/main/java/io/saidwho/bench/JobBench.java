package io.saidwho.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.sun.management.OperatingSystemMXBean;
import io.saidwho.config.ConfigException;
import io.saidwho.config.JobConfig;
import io.saidwho.config.JobConfigLoader;
import io.saidwho.job.RunSummary;
import io.saidwho.job.SaidWhoJob;
import io.saidwho.job.SessionSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the job end to end ({@link SaidWhoJob#run}) on a new Spark session in this JVM over a
 * corpus, after a warm-up run on a small synthetic corpus unless {@code --job-warmup 0}, and
 * measures it: wall and process CPU time, CPU by thread kind ({@link ThreadCpu}), task CPU by
 * Spark job ({@link TaskCpuByJob}), heap ({@link HeapMonitor}), and the tokens and sentences it
 * processed (read back from the articles table it wrote). Removes the output of an earlier bench
 * run first.
 */
final class JobBench {

  /** What the run did and cost. */
  record Figures(
      RunSummary summary,
      long articles,
      long sentences,
      Throughput throughput,
      HeapMonitor.Peaks heap,
      Map<String, Double> cpuByThreads,
      Map<String, Double> taskCpuByJob,
      Throughput warmup) {}

  private static final String BATCH_DATE = "2026-01-01";
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final BenchOptions options;
  private final BenchCorpus corpus;
  private final Path outputDir;

  JobBench(BenchOptions options, BenchCorpus corpus) {
    this.options = options;
    this.corpus = corpus;
    this.outputDir = options.workdir().resolve("out-" + corpus.name());
  }

  Figures run() throws Exception {
    SparkSession spark = session();
    try {
      Throughput warmup = options.jobWarmup() > 0 ? warmUp(spark) : null;
      JobConfig config = config(corpus, outputDir);
      deleteRecursively(outputDir);
      System.gc();
      TaskCpuByJob taskCpu = TaskCpuByJob.register(spark.sparkContext());
      try (HeapMonitor heap = new HeapMonitor(20)) {
        ThreadCpu threads0 = ThreadCpu.snapshot();
        long cpu0 = OS.getProcessCpuTime();
        long wall0 = System.nanoTime();
        RunSummary summary = SaidWhoJob.run(spark, config);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
        Map<String, Double> byThreads = ThreadCpu.snapshot().secondsSince(threads0);
        HeapMonitor.Peaks peaks = heap.peaks();
        Map<String, Double> byJob = taskCpu.seconds();
        Row totals = totals(spark, outputDir);
        Throughput throughput = new Throughput("saidwho job", totals.getLong(2), wall, cpu);
        return new Figures(summary, totals.getLong(0), totals.getLong(1), throughput, peaks,
            byThreads, byJob, warmup);
      }
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job once on the first {@code --job-warmup} articles of the corpus ({@link
   * BenchCorpus#head}; of the synthetic corpus of seed 42 when the corpus cannot be cut), in the
   * same session, so that the measured run finds Spark's code paths and the core's paths for
   * this kind of text loaded and compiled, as the one-core baselines find theirs after their
   * warm-up on the corpus's first articles.
   */
  private Throughput warmUp(SparkSession spark) throws Exception {
    BenchCorpus warm = corpus.head(options.jobWarmup()).orElseGet(() ->
        new GeneratedCorpus(options.jobWarmup(), 42, options.shardSize(), options.workdir()));
    warm.prepare();
    Path out = options.workdir().resolve("out-warmup-" + warm.name());
    deleteRecursively(out);
    long cpu0 = OS.getProcessCpuTime();
    long wall0 = System.nanoTime();
    SaidWhoJob.run(spark, config(warm, out));
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
    long tokens = totals(spark, out).getLong(2);
    System.out.printf(Locale.ROOT, "Job warm-up on %s: %.1f s wall, %.1f s cpu%n", warm.name(),
        wall, cpu);
    return new Throughput("job warm-up (" + warm.name() + ")", tokens, wall, cpu);
  }

  private JobConfig config(BenchCorpus input, Path out) throws IOException, ConfigException {
    Files.createDirectories(options.workdir());
    Path file = options.workdir().resolve("bench-job.json");
    Files.writeString(file, input.inputFormat() == null ? "{}\n"
        : "{\"input\": {\"format\": \"" + input.inputFormat() + "\"}}\n");
    return JobConfigLoader.load(
        file,
        Map.of(
            "input.path", input.inputPath(),
            "output.path", out.toAbsolutePath().toString(),
            "run.batch-date", BATCH_DATE,
            "spark.master", options.master(),
            "spark.app-name", "saidwho-bench"));
  }

  private SparkSession session() {
    SparkSession.Builder builder =
        SparkSession.builder()
            .master(options.master())
            .appName("saidwho-bench")
            .config("spark.ui.enabled", "false");
    SessionSettings.applyToOwnJvm(new SparkConf(), builder);
    for (String pair : options.sparkConf().split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        builder.config(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return builder.getOrCreate();
  }

  /** Articles, sentences and tokens written to the articles table of this batch. */
  private static Row totals(SparkSession spark, Path out) {
    return spark
        .read()
        .parquet(out.resolve("articles").toString())
        .where(col("batch_date").equalTo(lit(BATCH_DATE)))
        .agg(
            count(lit(1)),
            sum("sentence_count").cast("long"),
            sum("token_count").cast("long"))
        .first();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

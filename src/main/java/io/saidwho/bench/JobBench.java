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
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the job end to end ({@link SaidWhoJob#run}) on a new Spark session in this JVM over a
 * corpus, and measures it: wall and process CPU time, heap ({@link HeapMonitor}), and the tokens
 * and sentences it processed (read back from the articles table it wrote). Removes the output of
 * an earlier bench run first.
 */
final class JobBench {

  /** What the run did and cost. */
  record Figures(
      RunSummary summary,
      long articles,
      long sentences,
      Throughput throughput,
      HeapMonitor.Peaks heap,
      Map<String, Double> cpuByThreads) {}

  private static final String BATCH_DATE = "2026-01-01";

  private final BenchOptions options;
  private final BenchCorpus corpus;
  private final Path outputDir;

  JobBench(BenchOptions options, BenchCorpus corpus) {
    this.options = options;
    this.corpus = corpus;
    this.outputDir = options.workdir().resolve("out-" + corpus.name());
  }

  Figures run() throws Exception {
    JobConfig config = config();
    deleteRecursively(outputDir);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    try (HeapMonitor heap = new HeapMonitor(20)) {
      SparkSession spark = session();
      try {
        ThreadCpu threads0 = ThreadCpu.snapshot();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        RunSummary summary = SaidWhoJob.run(spark, config);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        Map<String, Double> byThreads = ThreadCpu.snapshot().secondsSince(threads0);
        HeapMonitor.Peaks peaks = heap.peaks();
        Row totals = totals(spark);
        Throughput throughput = new Throughput("saidwho job", totals.getLong(2), wall, cpu);
        return new Figures(summary, totals.getLong(0), totals.getLong(1), throughput, peaks,
            byThreads);
      } finally {
        spark.stop();
      }
    }
  }

  private JobConfig config() throws IOException, ConfigException {
    Files.createDirectories(options.workdir());
    Path file = options.workdir().resolve("bench-job.json");
    Files.writeString(file, corpus.inputFormat() == null ? "{}\n"
        : "{\"input\": {\"format\": \"" + corpus.inputFormat() + "\"}}\n");
    return JobConfigLoader.load(
        file,
        Map.of(
            "input.path", corpus.inputPath(),
            "output.path", outputDir.toAbsolutePath().toString(),
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
    for (String pair : options.sparkConf().split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        builder.config(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return builder.getOrCreate();
  }

  /** Articles, sentences and tokens written to the articles table of this batch. */
  private Row totals(SparkSession spark) {
    return spark
        .read()
        .parquet(outputDir.resolve("articles").toString())
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

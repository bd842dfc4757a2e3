package io.saidwho.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * Options of {@link BenchMain}: {@code --articles N --seed S [--workdir DIR] [--master M]
 * [--raw-sample M] [--warmup-seconds W] [--measure-seconds T] [--shard-size K] [--job yes|no]
 * [--spark-conf k=v,k=v]}.
 *
 * @param articles corpus size
 * @param seed corpus seed
 * @param workdir where the corpus, the job output and the JSON report go
 * @param master Spark master of the job's session
 * @param rawSample articles of the corpus the one-core baselines run over
 * @param warmupSeconds warm-up of each one-core baseline
 * @param measureSeconds measured time of each one-core baseline
 * @param shardSize articles per corpus file
 * @param sparkConf extra settings of the bench's Spark session, {@code k=v} pairs separated by
 *     commas (to try settings without changing the job), or empty
 * @param runJob whether to run the job after the one-core baselines ({@code --job no}: baselines
 *     only, for quick iterations)
 */
record BenchOptions(
    long articles,
    long seed,
    Path workdir,
    String master,
    int rawSample,
    double warmupSeconds,
    double measureSeconds,
    int shardSize,
    String sparkConf,
    boolean runJob) {

  static final Set<String> KEYS =
      Set.of(
          "articles", "seed", "workdir", "master", "raw-sample", "warmup-seconds",
          "measure-seconds", "shard-size", "spark-conf", "job");

  static BenchOptions parse(String[] args) {
    CliArgs cli = new CliArgs(args, KEYS);
    return new BenchOptions(
        cli.number("articles", 10_000),
        cli.number("seed", 42),
        Path.of(cli.string("workdir", "target/bench")),
        cli.string("master", "local[2]"),
        (int) cli.number("raw-sample", 300),
        cli.number("warmup-seconds", 5),
        cli.number("measure-seconds", 10),
        (int) cli.number("shard-size", 5000),
        cli.string("spark-conf", ""),
        !cli.string("job", "yes").equals("no"));
  }

  CorpusGenerator.Spec corpusSpec() {
    return new CorpusGenerator.Spec(articles, seed, "jsonl", shardSize);
  }

  Path corpusDir() {
    return workdir.resolve("corpus-" + articles + "-" + seed);
  }

  Path outputDir() {
    return workdir.resolve("out-" + articles + "-" + seed);
  }

  /** Cores of a {@code local[n]} master; 1 for {@code local}; all for {@code local[*]}. */
  int cores() {
    if (master.equals("local")) {
      return 1;
    }
    String inner = master.replaceFirst("^local\\[(.*?)(,.*)?\\]$", "$1");
    if (inner.equals("*") || inner.equals(master)) {
      return Runtime.getRuntime().availableProcessors();
    }
    return Integer.parseInt(inner);
  }
}

package io.saidwho.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * Options of {@link BenchMain}: {@code [--articles N --seed S | --corpus DIR|FILE [--repeat K]]
 * [--workdir DIR] [--master M] [--raw-sample M] [--warmup-seconds W] [--measure-seconds T]
 * [--shard-size K] [--job yes|no] [--job-warmup N] [--spark-conf k=v,k=v]}.
 *
 * @param articles size of the generated corpus
 * @param seed seed of the generated corpus
 * @param corpus a given corpus instead of the generated one, or null
 * @param repeat times the job reads a given corpus (1: once)
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
 * @param jobWarmup articles of the synthetic corpus (seed 42) the job runs on once before the
 *     measured run, in the same session; 0 measures a cold first run
 */
record BenchOptions(
    long articles,
    long seed,
    Path corpus,
    int repeat,
    Path workdir,
    String master,
    int rawSample,
    double warmupSeconds,
    double measureSeconds,
    int shardSize,
    String sparkConf,
    boolean runJob,
    long jobWarmup) {

  static final Set<String> KEYS =
      Set.of(
          "articles", "seed", "corpus", "repeat", "workdir", "master", "raw-sample",
          "warmup-seconds", "measure-seconds", "shard-size", "spark-conf", "job", "job-warmup");

  static BenchOptions parse(String[] args) {
    CliArgs cli = new CliArgs(args, KEYS);
    String corpus = cli.string("corpus", null);
    if (corpus != null && (cli.string("articles", null) != null
        || cli.string("seed", null) != null)) {
      throw new IllegalArgumentException("--corpus replaces --articles and --seed");
    }
    if (corpus == null && cli.string("repeat", null) != null) {
      throw new IllegalArgumentException("--repeat needs --corpus");
    }
    return new BenchOptions(
        cli.number("articles", 10_000),
        cli.number("seed", 42),
        corpus == null ? null : Path.of(corpus),
        (int) cli.number("repeat", 1),
        Path.of(cli.string("workdir", "target/bench")),
        cli.string("master", "local[2]"),
        (int) cli.number("raw-sample", 300),
        cli.number("warmup-seconds", 5),
        cli.number("measure-seconds", 10),
        (int) cli.number("shard-size", 5000),
        cli.string("spark-conf", ""),
        !cli.string("job", "yes").equals("no"),
        cli.number("job-warmup", 300));
  }

  /** The corpus of this run: the given one, or the generated one. */
  BenchCorpus benchCorpus() {
    return corpus == null
        ? new GeneratedCorpus(articles, seed, shardSize, workdir)
        : new GivenCorpus(corpus, repeat, workdir);
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

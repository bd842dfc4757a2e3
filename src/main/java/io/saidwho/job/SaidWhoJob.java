package io.saidwho.job;

import io.saidwho.config.ConfigException;
import io.saidwho.config.JobConfig;
import io.saidwho.config.JobConfigLoader;
import io.saidwho.core.attribution.Sieves;
import io.saidwho.io.BatchLock;
import io.saidwho.io.InputFiles;
import io.saidwho.io.OutputLayout;
import io.saidwho.io.PathChecks;
import io.saidwho.io.UnusablePathException;
import io.saidwho.launch.ExitCodeRelay;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the saidwho batch job: reads articles, finds quotes and speakers, writes the
 * tables {@code articles, sentences, quotes, speakers, rejects} and a manifest.
 *
 * <p>{@code main(--conf <file.json> [--set key=value]...)} checks the arguments, the config, the
 * paths and the batch date's lock on the driver before any Spark work, then runs on the session
 * spark-submit gave it (or a new local one, {@code spark.master}). {@code --help} prints the usage.
 * Exit codes: 0 ok; 2 usage, config, unusable path, a batch date locked by a live run, or a
 * session that cannot start (one message on stderr naming the key, path or run); 3 reject ratio
 * exceeded (tables and manifest still written); 1 any other failure (one {@code saidwho:} line on
 * stderr, the manifest marked {@code failed}, the previous tables untouched). {@link #run} does
 * the same on a given session.
 */
public final class SaidWhoJob {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_REJECTS_EXCEEDED = 3;

  private static final Logger LOG = LoggerFactory.getLogger(SaidWhoJob.class);

  private SaidWhoJob() {}

  /**
   * The JVM runs this one batch and exits, so a small local batch runs without C2 ({@link
   * ShortRunCompilation}), and a session it creates sets its memory page size for the whole JVM
   * ({@link SessionSettings#applyToOwnJvm}).
   */
  public static void main(String[] args) {
    ExitCodeRelay.exit(execute(args, System.out, System.err, true));
  }

  /**
   * Runs the job on the session {@code spark} over {@code config}; returns what it did. The
   * status says whether the reject ratio was exceeded (the tables are written either way).
   */
  public static RunSummary run(SparkSession spark, JobConfig config)
      throws UnusablePathException {
    if (config.attributionSieves() != null) {
      Sieves.byName(config.attributionSieves()); // IllegalArgumentException naming a bad sieve
    }
    return new JobRun(spark, config).execute();
  }

  /**
   * As {@link #main}, returning the exit code instead of exiting. Reuses an active session when
   * there is one (and leaves it running); otherwise creates one and stops it at the end.
   */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    return execute(args, out, err, false);
  }

  private static int execute(String[] args, PrintStream out, PrintStream err,
      boolean ownsJvm) {
    if (JobArgs.isHelp(args)) {
      out.println(JobArgs.USAGE);
      return EXIT_OK;
    }
    JobConfig config;
    long inputBytes;
    try {
      JobArgs jobArgs = JobArgs.parse(args);
      config = JobConfigLoader.load(jobArgs.confFile(), jobArgs.overrides());
      checkSieves(config, jobArgs.confFile().toString());
      DeltaSupport.check(config, jobArgs.confFile().toString());
      inputBytes = checkPaths(config).totalBytes();
    } catch (IllegalArgumentException e) {
      err.println("saidwho: " + e.getMessage() + System.lineSeparator() + JobArgs.USAGE);
      return EXIT_USAGE;
    } catch (ConfigException | UnusablePathException e) {
      err.println("saidwho: " + e.getMessage());
      return EXIT_USAGE;
    }
    return runWithSession(config, inputBytes, ownsJvm, out, err);
  }

  /** Inputs listed, output writable, and no live run holding the batch date: before Spark. */
  private static InputFiles checkPaths(JobConfig config) throws UnusablePathException {
    Configuration hadoop = new Configuration();
    InputFiles inputs = PathChecks.listInputs(config, hadoop);
    PathChecks.checkOutput(config.outputPath(), hadoop);
    OutputLayout layout = OutputLayout.of(config.outputPath(), config.batchDate());
    try {
      BatchLock.checkFree(layout.root().getFileSystem(hadoop), layout);
    } catch (IOException e) {
      throw new UnusablePathException("output.path " + config.outputPath() + ": " + e, e);
    }
    return inputs;
  }

  /** Fails with the config's origin when a sieve name is not one of the core's sieves. */
  private static void checkSieves(JobConfig config, String origin) throws ConfigException {
    if (config.attributionSieves() == null) {
      return;
    }
    try {
      Sieves.byName(config.attributionSieves());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(origin, List.of("attribution.sieves: " + e.getMessage()));
    }
  }

  private static int runWithSession(JobConfig config, long inputBytes, boolean ownsJvm,
      PrintStream out, PrintStream err) {
    boolean existing = SparkSession.getActiveSession().isDefined()
        || SparkSession.getDefaultSession().isDefined();
    if (ownsJvm && !existing && ShortRunCompilation.enabled()
        && ShortRunCompilation.appliesTo(inputBytes,
            new SparkConf().get("spark.master", config.sparkMaster()))) {
      ShortRunCompilation.apply();
    }
    SparkSession spark;
    try {
      spark = existing ? SparkSession.active() : newSession(config, ownsJvm);
    } catch (RuntimeException e) {
      err.println("saidwho: cannot start a Spark session (spark.master " + config.sparkMaster()
          + " unless spark-submit set one): " + RunFailedException.rootMessage(e));
      return EXIT_USAGE;
    }
    try {
      return report(run(spark, config), config, out, err);
    } catch (UnusablePathException e) {
      err.println("saidwho: " + e.getMessage());
      return EXIT_USAGE;
    } catch (RunFailedException e) {
      LOG.error("The run failed", e);
      err.println("saidwho: " + e.getMessage());
      return EXIT_FAILURE;
    } catch (RuntimeException e) {
      LOG.error("The run failed", e);
      err.println("saidwho: the run failed: " + RunFailedException.rootMessage(e));
      return EXIT_FAILURE;
    } finally {
      if (!existing) {
        spark.stop();
      }
    }
  }

  private static int report(RunSummary summary, JobConfig config, PrintStream out,
      PrintStream err) {
    out.println(summary.format());
    if (summary.isRejectRatioExceeded()) {
      err.printf("saidwho: rejects.max-ratio=%s exceeded: %.3f of the input was rejected%n",
          config.rejectsMaxRatio(), summary.rejectRatio());
      return EXIT_REJECTS_EXCEEDED;
    }
    return EXIT_OK;
  }

  private static SparkSession newSession(JobConfig config, boolean ownsJvm) {
    SparkConf submitted = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder();
    if (!submitted.contains("spark.master")) {
      builder.master(config.sparkMaster());
    }
    if (!submittedName(submitted)) {
      builder.appName(config.appName());
    }
    DeltaSupport.configure(config, submitted, builder);
    return (ownsJvm ? SessionSettings.applyToOwnJvm(submitted, builder)
        : SessionSettings.applyTo(submitted, builder)).getOrCreate();
  }

  /**
   * Whether spark-submit was given {@code --name}. Without it spark-submit still sets
   * {@code spark.app.name}, to the main class name, which must not hide the configured name.
   */
  static boolean submittedName(SparkConf submitted) {
    return submitted.contains("spark.app.name")
        && !submitted.get("spark.app.name").equals(SaidWhoJob.class.getName());
  }
}

package io.saidwho.job;

import io.saidwho.config.ConfigException;
import io.saidwho.config.JobConfig;
import io.saidwho.config.JobConfigLoader;
import io.saidwho.core.attribution.Sieves;
import io.saidwho.io.PathChecks;
import io.saidwho.io.UnusablePathException;
import java.io.PrintStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the saidwho batch job: reads articles, finds quotes and speakers, writes the
 * tables {@code articles, sentences, quotes, speakers, rejects} and a manifest.
 *
 * <p>{@code main(--conf <file.json> [--set key=value]...)} checks the arguments, the config and
 * the paths on the driver before any Spark work, then runs on the session spark-submit gave it (or
 * a new local one, {@code spark.master}). Exit codes: 0 ok; 2 usage, config or unusable path (one
 * message on stderr naming the key or path); 3 reject ratio exceeded (tables and manifest still
 * written); 1 any other failure. {@link #run} does the same on a given session.
 */
public final class SaidWhoJob {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_REJECTS_EXCEEDED = 3;

  private SaidWhoJob() {}

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
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
    JobConfig config;
    try {
      JobArgs jobArgs = JobArgs.parse(args);
      config = JobConfigLoader.load(jobArgs.confFile(), jobArgs.overrides());
      checkSieves(config, jobArgs.confFile().toString());
      PathChecks.listInputs(config, new Configuration());
      PathChecks.checkOutput(config.outputPath(), new Configuration());
    } catch (IllegalArgumentException e) {
      err.println("saidwho: " + e.getMessage() + System.lineSeparator() + JobArgs.USAGE);
      return EXIT_USAGE;
    } catch (ConfigException | UnusablePathException e) {
      err.println("saidwho: " + e.getMessage());
      return EXIT_USAGE;
    }
    return runWithSession(config, out, err);
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

  private static int runWithSession(JobConfig config, PrintStream out, PrintStream err) {
    boolean existing = SparkSession.getActiveSession().isDefined()
        || SparkSession.getDefaultSession().isDefined();
    SparkSession spark = existing ? SparkSession.active() : newSession(config);
    try {
      RunSummary summary = run(spark, config);
      out.println(summary.format());
      if (summary.isRejectRatioExceeded()) {
        err.printf("saidwho: rejects.max-ratio=%s exceeded: %.3f of the input was rejected%n",
            config.rejectsMaxRatio(), summary.rejectRatio());
        return EXIT_REJECTS_EXCEEDED;
      }
      return EXIT_OK;
    } catch (UnusablePathException e) {
      err.println("saidwho: " + e.getMessage());
      return EXIT_USAGE;
    } catch (RuntimeException e) {
      err.println("saidwho: the run failed: " + e);
      e.printStackTrace(err);
      return EXIT_FAILURE;
    } finally {
      if (!existing) {
        spark.stop();
      }
    }
  }

  private static SparkSession newSession(JobConfig config) {
    SparkConf submitted = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder()
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    if (!submitted.contains("spark.master")) {
      builder.master(config.sparkMaster());
    }
    if (!submittedName(submitted)) {
      builder.appName(config.appName());
    }
    return builder.getOrCreate();
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

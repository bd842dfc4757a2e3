package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.config.JobConfigLoader;
import io.saidwho.job.SaidWhoJob;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: a run killed with SIGKILL while it writes its tables, then run again for the same
 * batch date, leaves exactly the rows of one complete run: every table has the same count and
 * checksum as a clean run into a fresh folder (made in-process on the test's session), and only
 * the rerun's run_id. The killed run and the rerun are child JVMs running the job's main.
 */
class KilledRunIT {

  /** Enough generated articles for a local[2] run to spend several seconds writing. */
  private static final int ARTICLES = 120;
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration KILL_WAIT = Duration.ofMinutes(2);

  private static Path dir;
  private static Path corpus;
  private static SparkSession spark;

  @BeforeAll
  static void generateCorpus() throws IOException {
    dir = ItDirs.fresh("KilledRunIT");
    corpus = TestCorpus.writeGenerated(dir.resolve("corpus"), ARTICLES);
    spark = LocalSpark.start("KilledRunIT-checks");
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void rerunAfterSigkillLeavesExactlyTheRowsOfOneCompleteRun() throws Exception {
    Path clean = dir.resolve("out-clean");
    Path killed = dir.resolve("out-killed");
    SaidWhoJob.run(spark, JobConfigLoader.load(conf(clean), Map.of()));

    killWhileWriting(killed);
    Set<String> manifestsBefore = OutputTables.manifestRunIds(killed);
    assertThat(runToEnd("rerun", killed)).isZero();

    List<String> rerunIds = new ArrayList<>(OutputTables.manifestRunIds(killed));
    rerunIds.removeAll(manifestsBefore);
    assertThat(rerunIds).as("manifest written by the rerun").hasSize(1);
    for (String table : OutputTables.NAMES) {
      assertThat(TableFingerprint.of(spark, killed, table))
          .isEqualTo(TableFingerprint.of(spark, clean, table));
      assertThat(TableFingerprint.runIds(spark, killed, table)).as(table)
          .isSubsetOf(rerunIds);
    }
    assertThat(TableFingerprint.of(spark, clean, "articles").rows()).isEqualTo(ARTICLES);
  }

  /** Starts a run, SIGKILLs it once its first table partition is committed, checks it died. */
  private static void killWhileWriting(Path output) throws Exception {
    try (ChildProcess run = job(output).start("killed-run", dir, dir.resolve("killed.log"))) {
      long deadline = System.nanoTime() + KILL_WAIT.toNanos();
      while (!anyCommitted(output) && run.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(run.isAlive())
          .as("run ended before it committed a table (corpus too small?); log:\n%s",
              run.logTail(4000))
          .isTrue();
      run.kill();
      assertThat(run.isAlive()).isFalse();
    }
    List<String> committed = OutputTables.NAMES.stream()
        .filter(t -> OutputTables.hasCommittedPartition(output, t)).toList();
    System.out.println("KilledRunIT: SIGKILL with committed tables " + committed);
    assertThat(committed).as("tables committed by the killed run").isNotEmpty()
        .hasSizeLessThan(OutputTables.NAMES.size());
  }

  private static int runToEnd(String name, Path output) throws Exception {
    try (ChildProcess run = job(output).start(name, dir, dir.resolve(name + ".log"))) {
      int exit = run.waitFor(RUN_TIMEOUT);
      assertThat(exit).as("%s exit code; log:\n%s", name, run.logTail(6000)).isZero();
      return exit;
    }
  }

  /** The job as a user runs it locally: its own JVM on the project class path. */
  private static JavaCommand job(Path output) throws IOException {
    return JavaCommand.of(JavaCommand.testClassPath(), "io.saidwho.job.SaidWhoJob", "2g")
        .withArgs("--conf", conf(output).toString(), "--set", "spark.master=local[2]");
  }

  private static Path conf(Path output) throws IOException {
    return JobConfFile.write(dir.resolve(output.getFileName() + ".json"), corpus.toString(),
        output);
  }

  private static boolean anyCommitted(Path output) {
    return OutputTables.NAMES.stream().anyMatch(t -> OutputTables.hasCommittedPartition(output, t));
  }
}

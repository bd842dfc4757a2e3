package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.config.JobConfigLoader;
import io.saidwho.io.Schemas;
import io.saidwho.job.RunSummary;
import io.saidwho.job.SaidWhoJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a run killed with SIGKILL at any stage (read, process, after a table's write, inside
 * the publish) never leaves a batch date that mixes two runs. Before the publish a reader
 * sees the previous complete run, unchanged; inside it, each table holds the previous run's
 * partition, none, or the new one, never previous beside new. The next run of the date repairs
 * what the dead one left (rolls it back, or forward once its commit marker is written) and marks
 * its manifest. With {@code output.format=delta} each table is one transaction: a run killed
 * after one table's commit (the others are written concurrently, so each is the previous run's or
 * the new one's) leaves each table whole. Killed runs are child JVMs stopped by the job's test
 * hook at the named stage; the previous and the last run run in-process on the test's session.
 * Before the publish the check is byte for byte: every file under the table folders is the one
 * the previous run left ({@link PublishedFiles}).
 */
class KilledRunIT {

  /** Small: the kill points come from the test hook, not from a long write stage. */
  private static final int ARTICLES = 12;
  private static final String DATE = JobConfFile.BATCH_DATE;
  /**
   * The stages before the commit marker: read, process, and the writes of the first and the last
   * table. The tables are written at once, each in its own driver thread, so at either write
   * point every other table's staged write may be done, half done (Spark's {@code _temporary}
   * files) or not begun, and which of them is a matter of scheduling: a kill after any one
   * table's write leaves the same kind of state, and the repair deletes the dead run's whole
   * folder whatever each table's state in it.
   */
  private static final List<String> BEFORE_PUBLISH = List.of("read", "process",
      "write:" + Schemas.TABLES.get(0), "write:" + Schemas.TABLES.get(Schemas.TABLES.size() - 1));

  private static Path dir;
  private static Path corpus;
  private static SparkSession spark;
  private static int children;

  @BeforeAll
  static void generateCorpus() throws IOException {
    dir = ItDirs.fresh("KilledRunIT");
    corpus = TestCorpus.writeGenerated(dir.resolve("corpus"), ARTICLES);
    spark = LocalSpark.startWithDelta("KilledRunIT-checks");
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void runKilledAtAnyStageLeavesThePreviousRunOrTheNewOneAndTheNextRunRepairs()
      throws Exception {
    Path out = dir.resolve("out-parquet");
    RunSummary previous = runInProcess(out, "parquet");
    Map<String, TableFingerprint> complete = fingerprints(out, "parquet");
    assertTablesAre(out, "parquet", complete, Set.of(previous.runId()));
    Map<String, String> published = PublishedFiles.snapshot(out, Schemas.TABLES);
    String earlierKilled = null;
    for (String stage : BEFORE_PUBLISH) {
      String killed = killAt(stage, out, "parquet");
      assertThat(PublishedFiles.snapshot(out, Schemas.TABLES))
          .as("the table folders after the kill at %s", stage).isEqualTo(published);
      assertThat(RunManifests.status(out, killed)).as("manifest of the run killed at %s", stage)
          .isEqualTo("running");
      assertRepaired(out, earlierKilled, killed, "failed");
      assertThat(RunManifests.stagedRuns(out, DATE)).containsExactly(killed);
      earlierKilled = killed;
    }

    String killedInPublish = killAt("publish:articles", out, "parquet");
    assertRepaired(out, earlierKilled, killedInPublish, "failed");
    assertNoTableMixesRuns(out, killedInPublish);

    RunSummary last = runInProcess(out, "parquet");
    assertRepaired(out, killedInPublish, last.runId(), "succeeded");
    assertTablesAre(out, "parquet", complete, Set.of(last.runId()));
    assertThat(RunManifests.stagedRuns(out, DATE)).isEmpty();
    assertThat(RunManifests.locks(out)).isEmpty();
    assertThat(RunManifests.status(out, previous.runId())).isEqualTo("succeeded");
    assertThat(complete.get("articles").rows()).isEqualTo(ARTICLES);
  }

  @Test
  void deltaRunKilledBetweenTwoTableCommitsLeavesEachTableWhole() throws Exception {
    Path out = dir.resolve("out-delta");
    RunSummary previous = runInProcess(out, "delta");
    Map<String, TableFingerprint> complete = fingerprints(out, "delta");

    String killed = killAt("write:sentences", out, "delta");

    Map<String, Set<String>> runsByTable = new HashMap<>();
    for (String table : Schemas.TABLES) {
      TableFingerprint.Observed seen = TableFingerprint.observe(spark, out, table, "delta");
      runsByTable.put(table, seen.runIds());
      assertThat(seen.fingerprint()).isEqualTo(complete.get(table));
    }
    assertThat(runsByTable.get("sentences")).containsExactly(killed);
    for (String table : List.of("articles", "quotes", "speakers")) {
      assertThat(runsByTable.get(table)).as("one run in %s", table).hasSize(1)
          .isSubsetOf(killed, previous.runId());
    }
    assertThat(RunManifests.status(out, killed)).isEqualTo("running");

    RunSummary last = runInProcess(out, "delta");
    assertRepaired(out, killed, last.runId(), "failed");
    assertTablesAre(out, "delta", complete, Set.of(last.runId()));
    assertThat(RunManifests.status(out, previous.runId())).isEqualTo("succeeded");
    assertThat(RunManifests.stagedRuns(out, DATE)).isEmpty();
  }

  /** Starts a child run, lets it reach {@code stage}, SIGKILLs it; returns its run id. */
  private static String killAt(String stage, Path out, String format) throws Exception {
    String name = "killed-" + (++children) + "-" + stage.replace(':', '-');
    try (PausedRun run = PausedRun.start(job(out, format), stage, dir, name)) {
      if (stage.equals("process")) {
        assertSecondRunOfTheDateIsRefused(out, run.runId());
      }
      run.kill();
      System.out.println("KilledRunIT: SIGKILL at " + stage + " (" + format + ")");
      return run.runId();
    }
  }

  /** While a run holds the date, another run of it exits 2 at once, naming the holder. */
  private static void assertSecondRunOfTheDateIsRefused(Path out, String holder)
      throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SaidWhoJob.execute(new String[] {"--conf", conf(out).toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(SaidWhoJob.EXIT_USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("locked by run " + holder);
  }

  private static void assertTablesAre(Path out, String format,
      Map<String, TableFingerprint> expected, Set<String> runIds) {
    for (String table : Schemas.TABLES) {
      TableFingerprint.Observed seen = TableFingerprint.observe(spark, out, table, format);
      assertThat(seen.fingerprint()).isEqualTo(expected.get(table));
      if (expected.get(table).rows() > 0) {
        assertThat(seen.runIds()).as("run ids in %s", table).isEqualTo(runIds);
      }
    }
  }

  /** Inside the publish: every visible partition is the new run's, none the previous run's. */
  private static void assertNoTableMixesRuns(Path out, String newRun) {
    Set<String> visible = new HashSet<>();
    for (String table : Schemas.TABLES) {
      if (OutputTables.hasCommittedPartition(out, table)) {
        visible.addAll(TableFingerprint.runIds(spark, out, table));
      }
    }
    assertThat(visible).containsExactly(newRun);
    assertThat(TableFingerprint.runIds(spark, out, "articles")).containsExactly(newRun);
  }

  private static void assertRepaired(Path out, String deadRun, String byRun, String status)
      throws IOException {
    if (deadRun == null) {
      return;
    }
    assertThat(RunManifests.status(out, deadRun)).as("status of dead run %s", deadRun)
        .isEqualTo(status);
    assertThat(RunManifests.of(out, deadRun).path("recovered_by").asText()).isEqualTo(byRun);
  }

  private static Map<String, TableFingerprint> fingerprints(Path out, String format) {
    Map<String, TableFingerprint> prints = new HashMap<>();
    for (String table : Schemas.TABLES) {
      prints.put(table, TableFingerprint.of(spark, out, table, format));
    }
    return prints;
  }

  private static RunSummary runInProcess(Path out, String format) throws Exception {
    return SaidWhoJob.run(spark, JobConfigLoader.load(conf(out),
        Map.of("output.format", format)));
  }

  /**
   * The job as a user runs it locally: its own JVM on the project class path (C1 only and the
   * serial collector: cheaper for these short runs on a 2-core machine).
   */
  private static JavaCommand job(Path output, String format) throws IOException {
    return JavaCommand.of(JavaCommand.testClassPath(), "io.saidwho.job.SaidWhoJob", "1g")
        .withJvmOption("-XX:TieredStopAtLevel=1").withJvmOption("-XX:+UseSerialGC")
        .withArgs("--conf", conf(output).toString(), "--set", "spark.master=local[2]",
            "--set", "output.format=" + format);
  }

  private static Path conf(Path output) throws IOException {
    return JobConfFile.write(dir.resolve(output.getFileName() + ".json"), corpus.toString(),
        output);
  }
}

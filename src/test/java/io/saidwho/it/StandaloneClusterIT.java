package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saidwho.config.JobConfigLoader;
import io.saidwho.job.RunSummary;
import io.saidwho.job.SaidWhoJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: the shaded job jar, submitted with {@code SparkSubmit} to a real standalone cluster
 * (Master + Worker child JVMs on 127.0.0.1), runs its tasks in an executor on the worker, exits 0
 * and writes the five tables of the contract with offsets that index the article text.
 */
class StandaloneClusterIT {

  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);
  private static final String APP_NAME = "saidwho-standalone-it";

  private static Path dir;
  private static StandaloneCluster cluster;
  private static SparkSession spark;

  @BeforeAll
  static void startCluster() throws Exception {
    dir = ItDirs.fresh("StandaloneClusterIT");
    cluster = StandaloneCluster.start(SparkHome.prepare(dir.resolve("spark-home")),
        dir.resolve("logs"));
    spark = LocalSpark.start("StandaloneClusterIT-checks");
  }

  @AfterAll
  static void stopCluster() {
    try {
      if (spark != null) {
        spark.stop();
      }
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Test
  void submittedJobRunsOnTheWorkerAndWritesEveryTable() throws Exception {
    Path output = dir.resolve("out");
    Path rejected = TestCorpus.writeRejectedInput(dir.resolve("rejected-input"));
    Path conf = JobConfFile.write(dir.resolve("cluster.json"),
        TestCorpus.SAMPLE_ARTICLES + "," + rejected, output);

    try (ChildProcess submit = sparkSubmit(conf).start("spark-submit", dir,
        dir.resolve("logs").resolve("spark-submit.log"))) {
      int exit = submit.waitFor(JOB_TIMEOUT);
      assertThat(exit).as("spark-submit exit code; log:\n%s", submit.logTail(6000)).isZero();
    }

    assertExecutorRanTasks();
    assertThat(TableFingerprint.of(spark, output, "articles").rows()).isEqualTo(5);
    assertEveryTableWritten(output, onlyManifest(output));
    assertOffsetsIndexArticleText(output);
  }

  /**
   * Atomic publish on the cluster: executors on the worker write the staged tables, the driver
   * renames them into place. A submitted run SIGKILLed inside its publish shows only its own
   * partitions (never beside another run's); the next run (here local, in-process) rolls that
   * publish forward, marks the manifest, then replaces the date with its own complete run.
   */
  @Test
  void submittedRunKilledInsideItsPublishIsRolledForwardByTheNextRun() throws Exception {
    Path output = dir.resolve("out-killed");
    Path conf = JobConfFile.write(dir.resolve("killed.json"),
        TestCorpus.SAMPLE_ARTICLES.toString(), output);
    String killed;
    try (PausedRun run = PausedRun.start(sparkSubmit(conf), "publish:articles", dir,
        "spark-submit-killed")) {
      killed = run.runId();
      run.kill();
    }
    assertThat(TableFingerprint.runIds(spark, output, "articles")).containsExactly(killed);
    for (String table : OutputTables.NAMES) {
      assertThat(OutputTables.hasCommittedPartition(output, table)).as(table)
          .isEqualTo(table.equals("articles"));
    }
    assertThat(RunManifests.status(output, killed)).isEqualTo("running");

    RunSummary next = SaidWhoJob.run(spark, JobConfigLoader.load(conf, Map.of()));

    assertThat(RunManifests.status(output, killed)).isEqualTo("succeeded");
    assertThat(RunManifests.of(output, killed).path("recovered_by").asText())
        .isEqualTo(next.runId());
    assertThat(RunManifests.of(output, next.runId()).path("repaired_runs").path(killed).asText())
        .isEqualTo("rolled_forward");
    for (String table : OutputTables.NAMES) {
      assertThat(TableFingerprint.runIds(spark, output, table)).as(table)
          .isSubsetOf(next.runId());
    }
    assertThat(TableFingerprint.of(spark, output, "articles").rows()).isEqualTo(5);
    assertThat(RunManifests.stagedRuns(output, JobConfFile.BATCH_DATE)).isEmpty();
  }

  /**
   * The driver (client mode) and its executor run C1 only with the serial collector, as the
   * daemons do: cheaper for a few articles on 2 cores.
   */
  private static JavaCommand sparkSubmit(Path conf) {
    return JavaCommand.of(cluster.home().classPath(), "org.apache.spark.deploy.SparkSubmit", "1g")
        .withJvmOption("-XX:TieredStopAtLevel=1").withJvmOption("-XX:+UseSerialGC")
        .withEnv(cluster.home().environment())
        .withArgs(
            "--master", cluster.masterUrl(),
            "--deploy-mode", "client",
            "--class", "io.saidwho.job.SaidWhoJob",
            "--conf", "spark.driver.host=127.0.0.1",
            "--conf", "spark.ui.enabled=false",
            "--conf", "spark.executor.memory=1g",
            "--conf", "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
            jobJar().toString(),
            "--conf", conf.toString(),
            "--set", "spark.app-name=" + APP_NAME);
  }

  private static Path jobJar() {
    Path jar = Path.of(System.getProperty("saidwho.job.jar",
        "target/saidwho-0.1.0-SNAPSHOT-job.jar")).toAbsolutePath();
    assertThat(jar).as("job jar (run `mvn package` first)").isRegularFile();
    return jar;
  }

  /** The master lists the app as completed and an executor on the worker logged its tasks. */
  private static void assertExecutorRanTasks() throws Exception {
    JsonNode state = cluster.awaitMaster(
        s -> s.path("completedapps").size() > 0, "a completed application");
    assertThat(state.path("completedapps").get(0).path("name").asText())
        .isEqualTo(APP_NAME);
    List<Path> executorLogs = executorStderrFiles();
    assertThat(executorLogs).as("executor logs under %s", cluster.home().workDir()).isNotEmpty();
    String executorLog = Files.readString(executorLogs.get(0));
    assertThat(executorLog).contains("Running task").contains("saidwho-0.1.0-SNAPSHOT-job.jar");
  }

  private static List<Path> executorStderrFiles() throws IOException {
    try (Stream<Path> files = Files.walk(cluster.home().workDir())) {
      return files.filter(f -> f.getFileName().toString().equals("stderr")).toList();
    }
  }

  /** Every table has a committed partition whose rows all carry the run's id. */
  private static void assertEveryTableWritten(Path output, String runId) {
    for (String table : OutputTables.NAMES) {
      assertThat(OutputTables.hasCommittedPartition(output, table)).as(table).isTrue();
      assertThat(TableFingerprint.runIds(spark, output, table)).as(table).isSubsetOf(runId);
    }
    assertThat(TableFingerprint.runIds(spark, output, "articles")).containsExactly(runId);
    assertThat(TableFingerprint.of(spark, output, "rejects").rows()).isEqualTo(1);
    assertThat(TableFingerprint.of(spark, output, "quotes").rows()).isPositive();
  }

  private static String onlyManifest(Path output) throws IOException {
    List<String> runIds = OutputTables.manifestRunIds(output).stream().toList();
    assertThat(runIds).as("manifests under %s", output).hasSize(1);
    return runIds.get(0);
  }

  private static void assertOffsetsIndexArticleText(Path output) throws IOException {
    Map<String, String> texts = TestCorpus.sampleTexts();
    List<Row> spans = spark.read().parquet(output.resolve("quotes").toString())
        .selectExpr("article_id", "begin_char", "end_char", "text")
        .union(spark.read().parquet(output.resolve("sentences").toString())
            .selectExpr("article_id", "begin_char", "end_char", "text"))
        .collectAsList();
    assertThat(spans).isNotEmpty();
    for (Row span : spans) {
      String article = texts.get(span.getString(0));
      assertThat(article).as("text of article %s", span.getString(0)).isNotNull();
      int begin = ((Number) span.get(1)).intValue();
      int end = ((Number) span.get(2)).intValue();
      assertThat(article.substring(begin, end))
          .as("%s [%s,%s)", span.getString(0), span.get(1), span.get(2))
          .isEqualTo(span.getString(3));
    }
  }
}

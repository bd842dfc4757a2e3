package io.saidwho.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.saidwho.io.BatchLockedException;
import io.saidwho.io.Schemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs at the same time on one output path: runs of different batch dates do not wait for each
 * other and both succeed; a second run of a batch date that a live run holds fails at once, exit
 * code 2, naming the holder. The first run is held at a stage by the job's test hook (system
 * properties, one run paused by its batch date) while the second one runs on the same session.
 */
class ConcurrentRunsIT {

  @TempDir static Path input;
  @TempDir static Path output;
  @TempDir static Path pauseDir;
  private static SparkSession spark;
  private static ExecutorService background;

  @BeforeAll
  static void start() throws Exception {
    spark = LocalSpark.start("ConcurrentRunsIT");
    background = Executors.newSingleThreadExecutor();
    Files.writeString(input.resolve("a.txt"), "Headline A\nShe said, \"We will rebuild.\"\n");
    Files.writeString(input.resolve("b.jsonl"), "{\"id\": \"b1\", \"text\": \"\\\"No,\\\" he said.\"}\n");
  }

  @AfterEach
  void clearHook() {
    System.clearProperty(StageHook.PAUSE_AT);
    System.clearProperty(StageHook.PAUSE_DIR);
  }

  @AfterAll
  static void stop() {
    background.shutdownNow();
    spark.stop();
  }

  /** Runs {@code date} in the background, paused at {@code stage}; returns once it is there. */
  private static Future<RunSummary> pausedRun(String date, String stage) throws Exception {
    System.setProperty(StageHook.PAUSE_AT, stage + "@" + date);
    System.setProperty(StageHook.PAUSE_DIR, pauseDir.toString());
    Future<RunSummary> run = background.submit(() -> SaidWhoJob.run(spark,
        LocalSpark.config(input, output, "run.batch-date", date)));
    Path marker = pauseDir.resolve("paused-" + stage);
    for (int i = 0; i < 6000 && !Files.exists(marker) && !run.isDone(); i++) {
      Thread.sleep(20);
    }
    assertThat(marker).as("run of %s paused at %s", date, stage).exists();
    return run;
  }

  private static RunSummary resume(String stage, Future<RunSummary> run) throws Exception {
    Files.writeString(pauseDir.resolve("resume-" + stage), "");
    RunSummary summary = run.get(3, TimeUnit.MINUTES);
    Files.delete(pauseDir.resolve("paused-" + stage));
    Files.delete(pauseDir.resolve("resume-" + stage));
    return summary;
  }

  private static long rows(String table, String date) {
    return LocalSpark.table(spark, output, table)
        .filter(col("batch_date").cast("string").equalTo(date)).count();
  }

  @Test
  void runsOfDifferentBatchDatesIntoOneOutputPathBothSucceed() throws Exception {
    Future<RunSummary> first = pausedRun("2026-02-01", "write:quotes");

    RunSummary second = SaidWhoJob.run(spark,
        LocalSpark.config(input, output, "run.batch-date", "2026-02-02"));
    RunSummary firstDone = resume("write:quotes", first);

    assertThat(second.status()).isEqualTo(RunSummary.SUCCEEDED);
    assertThat(firstDone.status()).isEqualTo(RunSummary.SUCCEEDED);
    for (String date : new String[] {"2026-02-01", "2026-02-02"}) {
      assertThat(rows(Schemas.ARTICLES, date)).as(date).isEqualTo(2);
      assertThat(rows(Schemas.QUOTES, date)).as(date).isPositive();
    }
  }

  @Test
  void secondRunOfAHeldBatchDateExitsWithCode2NamingTheHolder() throws Exception {
    Future<RunSummary> holder = pausedRun("2026-02-03", "process");
    String holderId = Files.readString(pauseDir.resolve("paused-process"),
        StandardCharsets.UTF_8);

    LocalSpark.Execution refused = LocalSpark.execute("--conf", "conf/local.json",
        "--set", "input.path=" + input, "--set", "output.path=" + output,
        "--set", "run.batch-date=2026-02-03");
    BatchLockedException inProcess = catchThrowableOfType(BatchLockedException.class,
        () -> SaidWhoJob.run(spark, LocalSpark.config(input, output,
            "run.batch-date", "2026-02-03")));

    assertThat(refused.exitCode()).isEqualTo(SaidWhoJob.EXIT_USAGE);
    assertThat(refused.err()).contains("locked by run " + holderId, "batch_date 2026-02-03");
    assertThat(inProcess.holderRunId()).isEqualTo(holderId);
    assertThat(resume("process", holder).runId()).isEqualTo(holderId);
    assertThat(rows(Schemas.ARTICLES, "2026-02-03")).isEqualTo(2);
  }
}

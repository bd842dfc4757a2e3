package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.io.Schemas;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input policy: one run over a folder of deliberately broken records (each test checks
 * its case), and separate runs for unusable paths and the reject ratio. Every input record ends
 * in exactly one of {@code articles} or {@code rejects}.
 */
class BadInputIT {

  private static final String GOOD = "Headline\nThe mayor said, \"We will rebuild the bridge.\"\n";
  private static final int INPUT_RECORDS = 14;
  /** 2,000 quote marks, straight and curly, in one paragraph. */
  private static final String MARKS = "Marks\n" + "\"a\" \u201cb\u201d ".repeat(500);

  @TempDir static Path input;
  @TempDir static Path output;
  private static SparkSession spark;
  private static RunSummary summary;
  private static List<Row> articles;
  private static List<Row> rejects;

  @BeforeAll
  static void runOverBrokenInput() throws Exception {
    spark = LocalSpark.start("BadInputIT");
    writeTxtCases();
    writeJsonlCases();
    summary = SaidWhoJob.run(spark, LocalSpark.config(input, output, "rejects.max-ratio", "1"));
    articles = LocalSpark.table(spark, output, Schemas.ARTICLES).collectAsList();
    rejects = LocalSpark.table(spark, output, Schemas.REJECTS).collectAsList();
  }

  private static void writeTxtCases() throws Exception {
    Files.writeString(input.resolve("good.txt"), GOOD);
    Files.write(input.resolve("latin1.txt"), "Caf\u00e9 said \"oui\".".getBytes(
        StandardCharsets.ISO_8859_1));
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    Files.write(input.resolve("garbage.txt"), garbage);
    Files.writeString(input.resolve("huge.txt"), "Big\n" + "word ".repeat(2_100_000));
    Files.writeString(input.resolve("marks.txt"), MARKS);
    Files.writeString(input.resolve("unbalanced.txt"),
        "Unbalanced\n\"This quote never closes, he said.\nAnd \u201cthis one\" mixes marks.\n");
    Files.writeString(input.resolve("empty.txt"), "   \n\n");
    Files.write(input.resolve("zero.txt"), new byte[0]);
    Files.writeString(input.resolve("notes.md"), "ignored: not an input extension");
  }

  private static void writeJsonlCases() throws Exception {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    lines.writeBytes(utf8("{\"id\": \"j-good\", \"text\": \"She said: \\\"Yes.\\\"\"}\n"));
    lines.writeBytes(utf8("{\"id\": \"j-broken\", \"text\": \"no end\n"));
    lines.writeBytes(utf8("{\"id\": \"j-notext\", \"body\": \"x\"}\n"));
    lines.writeBytes(utf8("{\"id\": \"j-empty\", \"text\": \"\"}\n"));
    lines.writeBytes(utf8("\n"));
    lines.writeBytes(utf8("{\"id\": \"j-latin1\", \"text\": \"Caf"));
    lines.writeBytes(new byte[] {(byte) 0xE9});
    lines.writeBytes(utf8("\"}\n"));
    lines.writeBytes(utf8("{\"id\": \"j-last\", \"text\": \"No newline at the end.\"}"));
    Files.write(input.resolve("feed.jsonl"), lines.toByteArray());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row rejectOf(String fileName, String articleId) {
    List<Row> found = new ArrayList<>();
    for (Row r : rejects) {
      String file = r.getAs("input_file");
      if (file.endsWith("/" + fileName)
          && (articleId == null || articleId.equals(r.getAs("article_id")))) {
        found.add(r);
      }
    }
    assertThat(found).as("rejects of %s %s", fileName, articleId).hasSize(1);
    return found.get(0);
  }

  private static List<String> articleIds() {
    List<String> ids = new ArrayList<>();
    articles.forEach(a -> ids.add(a.getAs("article_id")));
    return ids;
  }

  @Test
  void everyInputRecordIsInExactlyOneOfArticlesOrRejects() {
    assertThat(articles.size() + rejects.size()).isEqualTo(INPUT_RECORDS);
    assertThat(articleIds()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrder("good.txt", "marks.txt", "unbalanced.txt", "j-good", "j-last");
    assertThat(summary.inputCount()).isEqualTo(INPUT_RECORDS);
    for (Row reject : rejects) {
      assertThat(articleIds()).doesNotContain((String) reject.getAs("article_id"));
    }
  }

  @Test
  void malformedJsonLineIsRejected() {
    assertThat(rejects).filteredOn(r -> "malformed_json".equals(r.getAs("reason"))).hasSize(1);
    Row malformed = rejects.stream().filter(r -> "malformed_json".equals(r.getAs("reason")))
        .findFirst().orElseThrow();
    assertThat((String) malformed.getAs("stage")).isEqualTo("parse");
    assertThat((String) malformed.getAs("raw_excerpt")).startsWith("{\"id\": \"j-broken\"");
  }

  @Test
  void jsonLineWithoutTextIsRejected() {
    Row reject = rejectOf("feed.jsonl", "j-notext");
    assertThat((String) reject.getAs("reason")).isEqualTo("missing_text");
  }

  @Test
  void jsonLineWithEmptyTextIsRejected() {
    assertThat((String) rejectOf("feed.jsonl", "j-empty").getAs("reason"))
        .isEqualTo("empty_text");
  }

  @Test
  void zeroByteTxtFileIsRejectedAsEmptyTextNotDropped() {
    assertThat((String) rejectOf("zero.txt", "zero.txt").getAs("reason"))
        .isEqualTo("empty_text");
  }

  @Test
  void blankTxtFileIsRejectedAsEmptyText() {
    assertThat((String) rejectOf("empty.txt", "empty.txt").getAs("reason"))
        .isEqualTo("empty_text");
  }

  @Test
  void nonUtf8TxtFileIsRejected() {
    Row reject = rejectOf("latin1.txt", "latin1.txt");
    assertThat((String) reject.getAs("reason")).isEqualTo("not_utf8");
    assertThat((String) reject.getAs("stage")).isEqualTo("read");
    assertThat((String) reject.getAs("message")).contains("byte 3");
  }

  @Test
  void nonUtf8JsonLineIsRejected() {
    Row reject = rejects.stream().filter(r -> "not_utf8".equals(r.getAs("reason"))
        && ((String) r.getAs("input_file")).endsWith("feed.jsonl")).findFirst().orElseThrow();
    assertThat((String) reject.getAs("raw_excerpt")).contains("j-latin1");
  }

  @Test
  void tenMegabyteArticleIsRejectedAsTooLargeUnderTheDefaultLimit() {
    Row reject = rejectOf("huge.txt", "huge.txt");
    assertThat((String) reject.getAs("reason")).isEqualTo("too_large");
    assertThat((String) reject.getAs("message")).contains("input.max-article-chars=2000000");
    assertThat((String) reject.getAs("raw_excerpt")).hasSize(1000);
  }

  @Test
  void binaryGarbageFileIsRejectedAsBinary() {
    Row reject = rejectOf("garbage.txt", "garbage.txt");
    assertThat((String) reject.getAs("reason")).isEqualTo("binary");
    assertThat((Object) reject.getAs("raw_excerpt")).isNull();
  }

  @Test
  void thousandsOfQuoteMarksAreProcessed() {
    Row article = articles.stream().filter(a -> "marks.txt".equals(a.getAs("article_id")))
        .findFirst().orElseThrow();
    assertThat((int) article.getAs("char_count")).isEqualTo(MARKS.length());
    assertThat((int) article.getAs("quote_count")).isPositive();
  }

  @Test
  void unbalancedQuotesAreProcessedNotRejected() {
    assertThat(articleIds()).contains("unbalanced.txt");
    assertThat(rejects).noneMatch(r -> "unbalanced.txt".equals(r.getAs("article_id")));
  }

  @Test
  void filesOfOtherExtensionsInAnInputFolderAreIgnored() {
    assertThat(rejects).noneMatch(r -> ((String) r.getAs("input_file")).endsWith("notes.md"));
  }

  @Test
  void emptyInputFolderExitsWithCode2NamingThePath(@TempDir Path empty) {
    LocalSpark.Execution run = LocalSpark.execute("--conf", "conf/local.json",
        "--set", "input.path=" + empty, "--set", "output.path=" + output);

    assertThat(run.exitCode()).isEqualTo(SaidWhoJob.EXIT_USAGE);
    assertThat(run.err()).contains(empty.toString(), "no input files");
  }

  @Test
  void missingInputPathExitsWithCode2NamingThePath() {
    Path missing = input.resolve("no-such-dir");
    LocalSpark.Execution run = LocalSpark.execute("--conf", "conf/local.json",
        "--set", "input.path=" + missing, "--set", "output.path=" + output);

    assertThat(run.exitCode()).isEqualTo(SaidWhoJob.EXIT_USAGE);
    assertThat(run.err()).contains("input.path " + missing, "does not exist");
  }

  @Test
  void unwritableOutputPathExitsWithCode2NamingThePath() {
    Path underAFile = input.resolve("good.txt").resolve("out");
    LocalSpark.Execution run = LocalSpark.execute("--conf", "conf/local.json",
        "--set", "input.path=" + input, "--set", "output.path=" + underAFile);

    assertThat(run.exitCode()).isEqualTo(SaidWhoJob.EXIT_USAGE);
    assertThat(run.err()).contains("output.path " + underAFile);
  }

  @Test
  void badConfigKeyExitsWithCode2NamingTheKey() {
    LocalSpark.Execution run = LocalSpark.execute("--conf", "conf/local.json",
        "--set", "input.pth=x");

    assertThat(run.exitCode()).isEqualTo(SaidWhoJob.EXIT_USAGE);
    assertThat(run.err()).contains("input.pth: unknown key");
  }

  @Test
  void rejectRatioAboveTheMaximumExitsWithCode3AfterWritingEverything(@TempDir Path in,
      @TempDir Path out) throws Exception {
    Files.writeString(in.resolve("good.txt"), GOOD);
    Files.writeString(in.resolve("bad.jsonl"), "{\"id\": \"1\"}\nnot json\n");
    LocalSpark.Execution run = LocalSpark.execute("--conf", "conf/local.json",
        "--set", "input.path=" + in, "--set", "output.path=" + out,
        "--set", "rejects.max-ratio=0.5");

    assertThat(run.exitCode()).isEqualTo(SaidWhoJob.EXIT_REJECTS_EXCEEDED);
    assertThat(run.err()).contains("rejects.max-ratio=0.5", "0.667");
    assertThat(LocalSpark.table(spark, out, Schemas.REJECTS).count()).isEqualTo(2);
    assertThat(LocalSpark.table(spark, out, Schemas.ARTICLES).count()).isEqualTo(1);
    try (var manifests = Files.list(out.resolve("_manifests"))) {
      assertThat(Files.readString(manifests
          .filter(m -> m.getFileName().toString().endsWith(".json")).findFirst().orElseThrow()))
          .contains("\"status\" : \"rejects_exceeded\"");
    }
  }

  @Test
  void rejectRatioEqualToTheMaximumSucceeds(@TempDir Path in, @TempDir Path out)
      throws Exception {
    Files.writeString(in.resolve("good.txt"), GOOD);
    Files.writeString(in.resolve("bad.jsonl"), "not json\n");
    LocalSpark.Execution run = LocalSpark.execute("--conf", "conf/local.json",
        "--set", "input.path=" + in, "--set", "output.path=" + out,
        "--set", "rejects.max-ratio=0.5");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(SaidWhoJob.EXIT_OK);
    assertThat(run.out()).contains("succeeded");
  }

  @Test
  void helpPrintsTheUsageAndExitsWithCode0() {
    LocalSpark.Execution run = LocalSpark.execute("--help");

    assertThat(run.exitCode()).isEqualTo(SaidWhoJob.EXIT_OK);
    assertThat(run.out()).contains("usage: SaidWhoJob --conf <file.json>", "exit codes");
  }

  @Test
  void emptySieveListExitsWithCode2NamingTheKey(@TempDir Path dir) throws Exception {
    Path conf = Files.writeString(dir.resolve("job.json"), "{\"input\": {\"path\": \"" + input
        + "\"}, \"output\": {\"path\": \"" + output + "\"}, \"attribution\": {\"sieves\": []}}");
    LocalSpark.Execution run = LocalSpark.execute("--conf", conf.toString());

    assertThat(run.exitCode()).isEqualTo(SaidWhoJob.EXIT_USAGE);
    assertThat(run.err()).contains("attribution.sieves: must list at least one value");
  }

  @Test
  void sparkFailureWhileWritingIsOneLineAFailedManifestAndThePreviousTablesStay(
      @TempDir Path in, @TempDir Path out) throws Exception {
    Files.writeString(in.resolve("good.txt"), GOOD);
    String[] args = {"--conf", "conf/local.json", "--set", "input.path=" + in,
        "--set", "output.path=" + out, "--set", "run.batch-date=2026-03-01"};
    assertThat(LocalSpark.execute(args).exitCode()).isEqualTo(SaidWhoJob.EXIT_OK);
    String previousRun = LocalSpark.table(spark, out, Schemas.ARTICLES).first().getAs("run_id");

    LocalSpark.Execution failed = runWithQuotesFolderBlocked(out, args);

    assertThat(failed.exitCode()).as(failed.err()).isEqualTo(SaidWhoJob.EXIT_FAILURE);
    assertThat(failed.err().lines().filter(l -> l.startsWith("saidwho:")).toList())
        .singleElement().asString().contains("write:quotes", "status failed");
    for (String table : Schemas.TABLES) {
      assertThat(LocalSpark.table(spark, out, table).select("run_id").distinct()
          .as(org.apache.spark.sql.Encoders.STRING()).collectAsList()).as(table)
          .isSubsetOf(previousRun);
    }
    try (var manifests = Files.list(out.resolve("_manifests"))) {
      List<String> failedManifests = new ArrayList<>();
      for (Path manifest : manifests.toList()) {
        String json = Files.readString(manifest);
        if (json.contains("\"status\" : \"failed\"")) {
          failedManifests.add(json);
        }
      }
      assertThat(failedManifests).singleElement().asString()
          .contains("\"failed_stage\" : \"write:quotes\"", "\"error\" :");
    }
    assertThat(out.resolve("_staging")).isEmptyDirectory();
  }

  /**
   * Runs the job paused (test hook) after the process stage, puts a file where its quotes table
   * is to be staged (inside the run's own staging folder, named by the run id the hook reports),
   * so that Spark's write of that table fails, and lets it go on.
   */
  private static LocalSpark.Execution runWithQuotesFolderBlocked(Path out, String[] args)
      throws Exception {
    Path pauseDir = Files.createTempDirectory("pause");
    System.setProperty(StageHook.PAUSE_AT, "process@2026-03-01");
    System.setProperty(StageHook.PAUSE_DIR, pauseDir.toString());
    java.util.concurrent.ExecutorService thread =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      var run = thread.submit(() -> LocalSpark.execute(args));
      Path paused = pauseDir.resolve("paused-process");
      for (int i = 0; i < 6000 && !Files.exists(paused); i++) {
        Thread.sleep(20);
      }
      String runId = Files.readString(paused);
      assertThat(runId).as("run id reported by the hook").matches("\\d{8}T\\d{6}Z-[0-9a-f]{8}");
      Files.writeString(out.resolve("_staging").resolve("batch_date=2026-03-01").resolve(runId)
          .resolve("quotes"), "in the way");
      Files.writeString(pauseDir.resolve("resume-process"), "");
      return run.get(3, java.util.concurrent.TimeUnit.MINUTES);
    } finally {
      System.clearProperty(StageHook.PAUSE_AT);
      System.clearProperty(StageHook.PAUSE_DIR);
      thread.shutdownNow();
    }
  }
}

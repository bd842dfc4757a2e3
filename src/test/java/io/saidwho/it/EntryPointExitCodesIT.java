package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the README's exit codes (0 ok, 2 usage/config/path, 3 reject ratio exceeded) come out
 * unchanged through the documented entry points a shell sees: {@code mvn -B -q compile
 * exec:java@run} and {@code exec:exec@run} (this build's Maven and local repository, as Failsafe
 * passes them; {@code exec:exec@evaluate} on bad input too), {@code jobs/run-local.sh}, {@code
 * jobs/submit.sh} in client mode (on a throw-away {@code SPARK_HOME} whose {@code
 * bin/spark-submit} runs SparkSubmit from the test class path) and plain {@code java -cp};
 * {@code --help} exits 0; folders and config files with spaces in their names work, and a config
 * file may start with a UTF-8 byte order mark. Each reject-ratio case is one full local run in a
 * cold JVM, most of this class's time: the four of them (one per entry point) run before the
 * tests, two at a time, and each test reads its entry point's result.
 */
class EntryPointExitCodesIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(4);
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  private static Path dir;
  private static Path conf;
  private static Path badKeyConf;
  private static SparkHome sparkHome;
  private static Map<String, Result> fullRuns;

  @BeforeAll
  static void inputsWithSpacesAndABomConfigThenTheFullRuns() throws Exception {
    dir = ItDirs.fresh("EntryPointExitCodesIT").resolve("with spaces");
    Path input = Files.createDirectories(dir.resolve("in put"));
    Files.writeString(input.resolve("good article.txt"),
        "Headline\nThe mayor said, \"We will rebuild the bridge.\"\n");
    Files.writeString(input.resolve("bad feed.jsonl"), "{\"id\": \"1\"}\nnot json\n");
    conf = writeConf("my conf.json", "{\"input\": {\"path\": \"" + input + "\"},"
        + " \"output\": {\"path\": \"" + dir.resolve("out put") + "\"},"
        + " \"run\": {\"batch-date\": \"2026-01-15\"}, \"spark\": {\"master\": \"local[2]\"}}");
    badKeyConf = writeConf("bad key.json", "{\"input\": {\"path\": \"" + input + "\"},"
        + " \"output\": {\"path\": \"" + dir.resolve("never") + "\"}, \"colour\": \"blue\"}");
    sparkHome = SparkHome.prepare(dir.getParent().resolve("spark-home"));
    fullRuns = rejectRatioRuns();
  }

  /**
   * The run that exceeds the reject ratio through each entry point, two at a time (a cold job
   * JVM is mostly one busy thread): exec:java@run, exec:exec@run, jobs/run-local.sh and
   * jobs/submit.sh, each into its own output folder. All four have ended when this returns, so
   * no Maven JVM of theirs is alive while a test looks at target/exit-codes.
   */
  private static Map<String, Result> rejectRatioRuns() throws Exception {
    Map<String, Callable<Result>> runs = new LinkedHashMap<>();
    runs.put("maven-rejects", () -> maven("maven-rejects",
        "--conf " + quoted(conf) + " --set output.path=" + quoted(dir.resolve("maven out"))));
    runs.put("submit-rejects", () -> run("submit-rejects", submitEnv(), "bash",
        "jobs/submit.sh", "--master", "local[2]", "--conf-file", conf.toString(),
        "--conf", "spark.ui.enabled=false", "--", "--set", "output.path="
            + dir.resolve("submit out")));
    runs.put("exec-rejects", () -> maven("exec-rejects", "exec:exec@run", "-Dsaidwho.args=--conf "
        + quoted(conf) + " --set output.path=" + quoted(dir.resolve("exec out"))));
    runs.put("run-local-rejects", () -> run("run-local-rejects", runLocalEnv(), "bash",
        "jobs/run-local.sh", conf.toString()));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<String, Future<Result>> started = new LinkedHashMap<>();
      runs.forEach((name, run) -> started.put(name, pool.submit(run)));
      Map<String, Result> results = new HashMap<>();
      for (Map.Entry<String, Future<Result>> run : started.entrySet()) {
        results.put(run.getKey(), run.getValue().get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path writeConf(String name, String json) throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    return Files.write(dir.resolve(name), bytes);
  }

  /** Runs {@code command} in the project folder; returns its exit code and output. */
  private static Result run(String name, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile());
    builder.environment().putAll(env);
    try (ChildProcess process = ChildProcess.start(name, builder,
        dir.getParent().resolve(name + ".log"))) {
      int code = process.waitFor(TIMEOUT);
      return new Result(code, process.logText());
    }
  }

  private record Result(int code, String log) {}

  private static Map<String, String> runLocalEnv() {
    return Map.of("JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
  }

  /** spark-submit's JVM is the driver (client mode): quick start, as for the other forms. */
  private static Map<String, String> submitEnv() {
    Map<String, String> env = new HashMap<>(sparkHome.environment());
    env.put("PATH", System.getenv("PATH"));
    env.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    return env;
  }

  /** {@code mvn -B -q compile exec:java@run -Dsaidwho.args="<args>"} in the project folder. */
  private static Result maven(String name, String args) throws IOException, InterruptedException {
    return maven(name, "exec:java@run", "-Dsaidwho.args=" + args);
  }

  /** {@code mvn -B -q compile <goal> <property>} in the project folder. */
  private static Result maven(String name, String goal, String property)
      throws IOException, InterruptedException {
    String home = System.getProperty("saidwho.maven.home");
    List<String> command = new ArrayList<>();
    command.add(home == null ? "mvn" : Path.of(home, "bin", "mvn").toString());
    command.add("-B");
    command.add("-q");
    String repo = System.getProperty("saidwho.maven.repo");
    if (repo != null) {
      command.add("-Dmaven.repo.local=" + repo);
    }
    command.addAll(List.of("compile", goal, property));
    // Maven's JVM and the job's: quick start (the pom fixes the job's heap and module options).
    Map<String, String> env =
        Map.of("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    return run(name, env, command.toArray(new String[0]));
  }

  private static String quoted(Path path) {
    return "\"" + path + "\"";
  }

  @Test
  void mavenFormExitsWith3And2AsTheJobDoesWithNothingAfterTheJobsLineAnd0OnHelp()
      throws Exception {
    Path out = dir.resolve("maven out");
    Result rejects = fullRuns.get("maven-rejects");
    Result bad = maven("maven-bad-key", "--conf " + quoted(badKeyConf));
    Result help = maven("maven-help", "--help");

    assertThat(rejects.code()).as(rejects.log()).isEqualTo(3);
    assertThat(rejects.log()).contains("saidwho: rejects.max-ratio=0.5 exceeded");
    for (String table : List.of("articles", "sentences", "quotes", "speakers", "rejects",
        "article_texts", "quotations")) {
      assertThat(out.resolve(table).resolve("batch_date=2026-01-15")).isDirectory();
    }
    assertThat(bad.code()).as(bad.log()).isEqualTo(2);
    assertThat(bad.log()).contains("saidwho: Invalid configuration", "colour: unknown key");
    for (Result failed : List.of(rejects, bad)) {
      assertThat(failed.log()).doesNotContain("[ERROR]", "BUILD FAILURE", "ExecuteException");
    }
    assertThat(help.code()).as(help.log()).isZero();
    assertThat(help.log()).contains("usage: SaidWhoJob");
  }

  @Test
  void mavenExecExecFormExitsWith3And2AsTheJobAndTheEvaluationDoAnd0OnHelp() throws Exception {
    Path out = dir.resolve("exec out");
    Result rejects = fullRuns.get("exec-rejects");
    Result bad = maven("exec-bad-key", "exec:exec@run", "-Dsaidwho.args=--conf "
        + quoted(badKeyConf));
    Result help = maven("exec-help", "exec:exec@run", "-Dsaidwho.args=--help");
    Result badGold = maven("exec-evaluate-bad", "exec:exec@evaluate", "-Deval.args=--gold "
        + quoted(dir.resolve("no such gold.jsonl")) + " --articles sample-data/articles");

    // exec:exec pumps the child's stdout and stderr on two threads: lines of the two may mix in
    // one log, so the run's status is read from its manifest.
    assertThat(rejects.code()).as(rejects.log()).isEqualTo(3);
    assertThat(OutputTables.manifestRunIds(out)).singleElement()
        .satisfies(run -> assertThat(RunManifests.status(out, run)).isEqualTo("rejects_exceeded"));
    assertThat(bad.code()).as(bad.log()).isEqualTo(2);
    assertThat(bad.log()).contains("colour: unknown key");
    assertThat(help.code()).as(help.log()).isZero();
    assertThat(help.log()).contains("usage: SaidWhoJob");
    assertThat(badGold.code()).as(badGold.log()).isEqualTo(2);
    assertThat(badGold.log()).contains("evaluation: ", "no such gold.jsonl");
    try (var left = Files.list(PROJECT.resolve("target").resolve("exit-codes"))) {
      assertThat(left).as("the Maven JVMs remove their exit-code files")
          .noneMatch(path -> path.getFileName().toString().endsWith(".code"));
    }
  }

  @Test
  void runLocalShExitsWith3WhenTheRejectRatioIsExceededAndWritesUnderPathsWithSpaces()
      throws Exception {
    Result result = fullRuns.get("run-local-rejects");

    assertThat(result.code()).as(result.log()).isEqualTo(3);
    assertThat(result.log()).contains("saidwho: rejects.max-ratio=0.5 exceeded");
    assertThat(dir.resolve("out put").resolve("articles").resolve("batch_date=2026-01-15"))
        .isDirectory();
  }

  @Test
  void runLocalShExitsWith2OnABadKeyAnd0OnHelp() throws Exception {
    Result bad = run("run-local-bad-key", runLocalEnv(), "bash", "jobs/run-local.sh",
        badKeyConf.toString());
    Result help = run("run-local-help", runLocalEnv(), "bash", "jobs/run-local.sh", "--help");
    Result missing = run("run-local-missing", runLocalEnv(), "bash", "jobs/run-local.sh",
        dir.resolve("no such.json").toString());

    assertThat(bad.code()).as(bad.log()).isEqualTo(2);
    assertThat(bad.log()).contains("colour: unknown key");
    assertThat(help.code()).isZero();
    assertThat(help.log()).contains("usage: jobs/run-local.sh");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.log()).contains("config file not found");
  }

  @Test
  void evaluateShExitsWith2AndOneLineOnBadInputAnd0OnAGoldSet() throws Exception {
    Result bad = run("evaluate-bad", runLocalEnv(), "bash", "jobs/evaluate.sh",
        "--gold", dir.resolve("no such gold.jsonl").toString(), "--articles", "sample-data/articles");
    Result ok = run("evaluate-ok", runLocalEnv(), "bash", "jobs/evaluate.sh");

    assertThat(bad.code()).as(bad.log()).isEqualTo(2);
    assertThat(bad.log()).contains("no such gold.jsonl").doesNotContain("Exception");
    assertThat(ok.code()).as(ok.log()).isZero();
    assertThat(ok.log()).contains("speaker accuracy");
  }

  @Test
  void submitShInClientModeExitsWith3And2AsTheJobDoes() throws Exception {
    Result rejects = fullRuns.get("submit-rejects");
    Result bad = run("submit-bad-key", submitEnv(), "bash", "jobs/submit.sh",
        "--master", "local[2]", "--conf-file", badKeyConf.toString());
    Result help = run("submit-help", submitEnv(), "bash", "jobs/submit.sh", "--help");

    assertThat(rejects.code()).as(rejects.log()).isEqualTo(3);
    assertThat(dir.resolve("submit out").resolve("rejects").resolve("batch_date=2026-01-15"))
        .isDirectory();
    assertThat(bad.code()).as(bad.log()).isEqualTo(2);
    assertThat(bad.log()).contains("colour: unknown key");
    assertThat(help.code()).isZero();
  }

  @Test
  void plainJavaExitsWith0OnHelpAnd2OnABadSparkMaster() throws Exception {
    JavaCommand job = JavaCommand.of(JavaCommand.testClassPath(), "io.saidwho.job.SaidWhoJob",
        "512m");
    List<String> help = job.withArgs("--help").commandLine();
    List<String> badMaster = job.withArgs("--conf", conf.toString(),
        "--set", "spark.master=lokal[2]").commandLine();

    Result helpResult = run("java-help", Map.of(), help.toArray(new String[0]));
    Result masterResult = run("java-bad-master", Map.of(), badMaster.toArray(new String[0]));

    assertThat(helpResult.code()).isZero();
    assertThat(helpResult.log()).contains("usage: SaidWhoJob", "exit codes");
    assertThat(masterResult.code()).as(masterResult.log()).isEqualTo(2);
    assertThat(masterResult.log()).contains("spark.master: not a Spark master URL: 'lokal[2]'");
  }
}

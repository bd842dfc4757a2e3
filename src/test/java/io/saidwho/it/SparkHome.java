package io.saidwho.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A throw-away {@code SPARK_HOME} under {@code target/}: {@code jars/} holds symlinks to the jars
 * of the test class path (what Spark's launcher puts on every daemon and executor class path) and
 * {@code conf/} a log4j2 configuration, {@code bin/spark-submit} a launcher script. saidwho's own jar and OpenNLP (with its models) are left
 * out, as on a real cluster, so executors get those classes from the submitted job jar only.
 * Created once; not thread safe.
 */
public final class SparkHome {

  /** Scala binary version of the Spark jars; the launcher needs it to find {@code jars/}. */
  public static final String SCALA_VERSION = "2.13";

  private final Path root;

  private SparkHome(Path root) {
    this.root = root;
  }

  /** Builds (or rebuilds) the home at {@code root}. */
  public static SparkHome prepare(Path root) throws IOException {
    Path jars = root.resolve("jars");
    Files.createDirectories(jars);
    try (var old = Files.list(jars)) {
      for (Path link : old.toList()) {
        Files.delete(link);
      }
    }
    for (Path jar : classPathJars()) {
      if (!isJobDependency(jar)) {
        Files.createSymbolicLink(uniqueName(jars, jar.getFileName().toString()), jar);
      }
    }
    writeLogConfig(root.resolve("conf"));
    writeSparkSubmit(root.toAbsolutePath());
    return new SparkHome(root.toAbsolutePath());
  }

  public Path root() {
    return root;
  }

  /** Where each Worker started by a test keeps its application folders. */
  public Path workDir() {
    return root.resolve("work");
  }

  /** Class path of a Spark daemon or client: {@code conf/} and {@code jars/*}. */
  public String classPath() {
    return root.resolve("conf") + File.pathSeparator + root.resolve("jars") + File.separator + "*";
  }

  /** Environment every Spark process of this home needs. */
  public Map<String, String> environment() {
    return Map.of(
        "SPARK_HOME", root.toString(),
        "SPARK_SCALA_VERSION", SCALA_VERSION,
        "SPARK_CONF_DIR", root.resolve("conf").toString(),
        "SPARK_LOCAL_IP", "127.0.0.1");
  }

  /** Number of jars linked into {@code jars/}. */
  public long jarCount() throws IOException {
    try (var links = Files.list(root.resolve("jars"))) {
      return links.count();
    }
  }

  private static List<Path> classPathJars() {
    return Arrays.stream(JavaCommand.testClassPath().split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .map(entry -> Path.of(entry).toAbsolutePath())
        .filter(Files::isRegularFile)
        .toList();
  }

  /** saidwho itself and OpenNLP are not part of a Spark distribution: the job jar brings them. */
  private static boolean isJobDependency(Path jar) {
    String path = jar.toString().replace(File.separatorChar, '/');
    return jar.getFileName().toString().startsWith("saidwho-")
        || path.contains("/org/apache/opennlp/");
  }

  private static Path uniqueName(Path dir, String fileName) {
    Path candidate = dir.resolve(fileName);
    for (int i = 1; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
      candidate = dir.resolve(i + "-" + fileName);
    }
    return candidate;
  }

  /**
   * {@code bin/spark-submit}: what a distribution's script ends in (SparkSubmit on {@code conf/}
   * and {@code jars/*}), with this JVM's java and Spark's Java 17 options, for jobs/submit.sh.
   */
  private static void writeSparkSubmit(Path root) throws IOException {
    Path bin = Files.createDirectories(root.resolve("bin"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = String.join("\n",
        "#!/usr/bin/env bash",
        "exec '" + java + "' -Xmx1g " + String.join(" ", JavaCommand.sparkJavaOptions())
            + " -cp \"$SPARK_HOME/conf:$SPARK_HOME/jars/*\" org.apache.spark.deploy.SparkSubmit"
            + " \"$@\"",
        "");
    Path submit = bin.resolve("spark-submit");
    Files.writeString(submit, script, StandardCharsets.UTF_8);
    submit.toFile().setExecutable(true);
  }

  private static void writeLogConfig(Path conf) throws IOException {
    Files.createDirectories(conf);
    String config =
        String.join(
            "\n",
            "rootLogger.level = warn",
            "rootLogger.appenderRef.stdout.ref = console",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.target = SYSTEM_ERR",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex",
            "logger.deploy.name = org.apache.spark.deploy",
            "logger.deploy.level = info",
            "logger.executor.name = org.apache.spark.executor",
            "logger.executor.level = info",
            "logger.saidwho.name = io.saidwho",
            "logger.saidwho.level = info",
            "");
    Files.writeString(conf.resolve("log4j2.properties"), config, StandardCharsets.UTF_8);
  }
}

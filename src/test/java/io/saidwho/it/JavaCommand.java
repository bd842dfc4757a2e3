package io.saidwho.it;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the command line of a child JVM: the same {@code java} as the test JVM, a heap limit,
 * Spark's Java 17 module options, a class path, a main class and its arguments. The module options
 * come from the system property {@code spark.java.opens} (Failsafe forwards the pom property) or,
 * when absent, from the test JVM's own {@code --add-opens}/{@code --add-modules} flags. Immutable
 * builder style: each {@code with*} returns a new command.
 */
public final class JavaCommand {

  private final String classPath;
  private final String mainClass;
  private final List<String> jvmOptions;
  private final List<String> args;
  private final Map<String, String> env;

  private JavaCommand(
      String classPath,
      String mainClass,
      List<String> jvmOptions,
      List<String> args,
      Map<String, String> env) {
    this.classPath = classPath;
    this.mainClass = mainClass;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.args = List.copyOf(args);
    this.env = Map.copyOf(env);
  }

  /** A command running {@code mainClass} on {@code classPath} with the given heap limit. */
  public static JavaCommand of(String classPath, String mainClass, String maxHeap) {
    List<String> options = new ArrayList<>();
    options.add("-Xmx" + maxHeap);
    options.addAll(sparkJavaOptions());
    options.add("-Duser.timezone=UTC");
    return new JavaCommand(classPath, mainClass, options, List.of(), Map.of());
  }

  /** The class path of the test JVM (target/classes, target/test-classes and every jar). */
  public static String testClassPath() {
    return System.getProperty("java.class.path");
  }

  /** Spark's Java 17 options, as Failsafe passes them to this JVM. */
  public static List<String> sparkJavaOptions() {
    String fromPom = System.getProperty("spark.java.opens");
    if (fromPom != null && !fromPom.isBlank()) {
      return Arrays.asList(fromPom.trim().split("\\s+"));
    }
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-modules")
            || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
            || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty"))
        .toList();
  }

  public JavaCommand withArgs(String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(Arrays.asList(more));
    return new JavaCommand(classPath, mainClass, jvmOptions, all, env);
  }

  public JavaCommand withJvmOption(String option) {
    List<String> all = new ArrayList<>(jvmOptions);
    all.add(option);
    return new JavaCommand(classPath, mainClass, all, args, env);
  }

  public JavaCommand withEnv(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(env);
    all.putAll(more);
    return new JavaCommand(classPath, mainClass, jvmOptions, args, all);
  }

  /** The full command line. */
  public List<String> commandLine() {
    List<String> line = new ArrayList<>();
    line.add(javaBinary());
    line.addAll(jvmOptions);
    line.add("-cp");
    line.add(classPath);
    line.add(mainClass);
    line.addAll(args);
    return line;
  }

  /** Starts the JVM in {@code workDir} with its output in {@code log}. */
  public ChildProcess start(String name, Path workDir, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(commandLine()).directory(workDir.toFile());
    builder.environment().putAll(env);
    return ChildProcess.start(name, builder, log);
  }

  private static String javaBinary() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}

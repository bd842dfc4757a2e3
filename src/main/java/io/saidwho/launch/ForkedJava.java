package io.saidwho.launch;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Java program in a child JVM and ends this JVM with the child's exit code: the main class
 * of {@code mvn exec:java@<execution>} (pom property {@code exec.mainClass}), so that Maven exits
 * with the program's own code, and at once, where {@code exec:exec} fails the goal and Maven
 * turns every non-zero code into 1 (unless the program left its code for {@link ExitCodeHook}).
 *
 * <p>The arguments are those of {@code java}, as an {@code exec:exec} execution's {@code
 * commandlineArgs} give them: JVM options, {@code -cp %classpath}, the main class, its
 * arguments. Each {@code %classpath} is replaced by the class path this class was loaded from
 * (under {@code exec:java}, the project's, of the execution's {@code classpathScope}). The child
 * is this JVM's {@code java} ({@code java.home}), runs in this JVM's working directory and
 * environment, and inherits standard input, output and error. A child that exits 0 returns
 * normally (Maven ends the build as usual); any other code ends this JVM at once with that code,
 * so nothing is printed after the program's own last line. Stopping this JVM (Ctrl-C, SIGTERM)
 * stops the child and waits for it. No argument: a usage line on stderr, exit 2.
 */
public final class ForkedJava {

  static final String CLASSPATH_TOKEN = "%classpath";
  private static final Duration STOP_WAIT = Duration.ofSeconds(60);

  private ForkedJava() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: ForkedJava <java options> -cp %classpath <main class> [args]...");
      System.exit(2);
    }
    int code = run(commandLine(List.of(args), classPath(ForkedJava.class.getClassLoader())));
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Starts {@code command}, waits for it and returns its exit code. */
  static int run(List<String> command) throws Exception {
    Process child = new ProcessBuilder(command).inheritIO().start();
    Thread stopChild = new Thread(() -> stop(child), "stop-forked-java");
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return child.waitFor();
    } finally {
      removeHook(stopChild);
    }
  }

  /** {@code java} of this JVM followed by {@code javaArgs}, {@code %classpath} replaced. */
  static List<String> commandLine(List<String> javaArgs, String classPath) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : javaArgs) {
      command.add(arg.replace(CLASSPATH_TOKEN, classPath));
    }
    return command;
  }

  /** The entries of {@code loader} when it lists them, else this JVM's {@code java.class.path}. */
  static String classPath(ClassLoader loader) throws URISyntaxException {
    if (!(loader instanceof URLClassLoader urls) || urls.getURLs().length == 0) {
      return System.getProperty("java.class.path");
    }
    List<String> entries = new ArrayList<>();
    for (URL url : urls.getURLs()) {
      entries.add(Path.of(url.toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void stop(Process child) {
    if (child.isAlive()) {
      child.destroy();
      try {
        child.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it stops the child
    }
  }
}

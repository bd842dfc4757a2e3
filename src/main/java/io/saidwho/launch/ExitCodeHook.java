package io.saidwho.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A shutdown hook of the Maven JVM that ends it with the exit code a program started by {@code
 * exec:exec} left ({@link ExitCodeRelay}), where Maven turns every non-zero code into its own 1.
 *
 * <p>{@code main(<folder>)} is run by {@code exec:java} inside the Maven JVM (the pom binds it to
 * the {@code compile} phase): it removes the files that ended Maven JVMs left in the folder and
 * this JVM's stale code, arms the folder for this JVM ({@link ExitCodeFiles}) and installs the
 * hook. At shutdown the hook removes this JVM's files; when a code from 1 to 255 was left, it
 * flushes standard output and error and halts the JVM with that code (Maven has printed its
 * error by then; the other shutdown hooks still running are cut short). No code (the program
 * exited 0, was killed, or Maven stopped on Ctrl-C): the hook does nothing and Maven exits as
 * it would have. Only a JVM whose main class is Maven's launcher (classworlds, as {@code mvn}
 * starts it, or the Maven wrapper's) gets the hook: one build, then the JVM ends, unlike a
 * long-lived JVM that embeds Maven (an IDE, the Maven daemon).
 *
 * <p>{@code exec:java} closes the class loader of this class after {@code main} returns, so the
 * hook's {@link #run} uses JDK classes only, and it belongs to the root thread group, not to the
 * one {@code exec:java} destroys.
 */
public final class ExitCodeHook extends Thread {

  /** Main classes of a JVM that runs one Maven build and ends. */
  private static final List<String> MAVEN_LAUNCHERS = List.of(
      "org.codehaus.plexus.classworlds.launcher.Launcher", "org.codehaus.classworlds.Launcher",
      "org.apache.maven.wrapper.MavenWrapperMain");

  private final Path armed;
  private final Path code;

  private ExitCodeHook(ExitCodeFiles files) {
    super(rootGroup(), "saidwho-exit-code-hook");
    setContextClassLoader(null);
    this.armed = files.armed();
    this.code = files.code();
  }

  /**
   * {@code <folder>}: arms it and installs the hook when this JVM runs Maven's launcher. A folder
   * that cannot be written does not fail the build: one line on stderr, no hook, Maven's 1.
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ExitCodeHook <folder>");
    }
    String mainClass = System.getProperty("sun.java.command", "").split(" ", 2)[0];
    if (MAVEN_LAUNCHERS.contains(mainClass)) {
      try {
        install(Path.of(args[0]), ProcessHandle.current().pid());
      } catch (IOException e) {
        System.err.println("saidwho: exit-code hook not installed (exec:exec exits 1 for any"
            + " failure): " + e);
      }
    }
  }

  /** Arms {@code dir} for the JVM {@code pid} (this one) and adds the hook. */
  static void install(Path dir, long pid) throws IOException {
    Files.createDirectories(dir);
    removeFilesOfEndedJvms(dir);
    ExitCodeFiles files = new ExitCodeFiles(dir, pid);
    Files.deleteIfExists(files.code());
    Files.write(files.armed(), new byte[0]);
    Runtime.getRuntime().addShutdownHook(new ExitCodeHook(files));
  }

  private static void removeFilesOfEndedJvms(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "[0-9]*.*")) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        String pid = name.substring(0, name.indexOf('.'));
        if (pid.length() <= 18 && pid.chars().allMatch(Character::isDigit)
            && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
          Files.deleteIfExists(entry);
        }
      }
    }
  }

  private static ThreadGroup rootGroup() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    while (group.getParent() != null) {
      group = group.getParent();
    }
    return group;
  }

  @Override
  public void run() {
    int status = leftCode();
    try {
      Files.deleteIfExists(code);
      Files.deleteIfExists(armed);
    } catch (IOException e) {
      // removed by the next install (this JVM has ended by then)
    }
    if (status > 0 && status <= 255) {
      System.out.flush();
      System.err.flush();
      Runtime.getRuntime().halt(status);
    }
  }

  private int leftCode() {
    try {
      return Files.exists(code) ? Integer.parseInt(Files.readString(code).trim()) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }
}

package io.saidwho.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Ends a program's JVM with its exit code, first leaving a non-zero code for the Maven JVM that
 * started it, so that {@code mvn exec:exec@<execution>} exits with the program's code where
 * Maven alone would exit 1 (see {@link ExitCodeHook}).
 *
 * <p>A code is left only when it is neither 0 nor 1 (Maven's own code for a failed goal), the
 * JVM is not already shutting down (a signal such as Ctrl-C: the shell then sees Maven's own
 * code for it), the system property {@value ExitCodeFiles#DIR_PROPERTY} names a folder (the
 * pom's executions pass it; plain {@code java}, spark-submit and the scripts do not) and the
 * process that started this JVM armed it ({@link ExitCodeFiles#armed()}). Only the parent: a
 * program started by an unarmed Maven inside another Maven build (a test) never reaches the
 * outer one. A code that cannot be written is not reported: the JVM still exits with it, and
 * Maven with its own 1.
 */
public final class ExitCodeRelay {

  /** Maven's own code for a failed goal: the same as the program's, nothing to leave. */
  private static final int MAVEN_FAILURE = 1;

  private ExitCodeRelay() {}

  /** Leaves {@code code} for the Maven JVM that waits for it, if any, then exits with it. */
  public static void exit(int code) {
    report(code, System.getProperty(ExitCodeFiles.DIR_PROPERTY));
    System.exit(code);
  }

  /** Leaves {@code code} under {@code dir} (null: nowhere) on the conditions above. */
  static void report(int code, String dir) {
    if (dir != null && code != 0 && code != MAVEN_FAILURE && !shuttingDown()) {
      leave(code, dir);
    }
  }

  /** True once this JVM runs its shutdown hooks (a signal): the code is then not the program's. */
  static boolean shuttingDown() {
    Thread probe = new Thread(ExitCodeRelay::noop);
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException shutdownInProgress) {
      return true;
    }
  }

  private static void noop() {}

  private static void leave(int code, String dir) {
    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    if (parent.isPresent()) {
      ExitCodeFiles files = new ExitCodeFiles(Path.of(dir), parent.get().pid());
      if (Files.exists(files.armed())) {
        write(code, files);
      }
    }
  }

  private static void write(int code, ExitCodeFiles files) {
    try {
      Files.writeString(files.codeInProgress(), code + "\n");
      Files.move(files.codeInProgress(), files.code(), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException unwritable) {
      // not reported: Maven exits with its own 1, as without the hook
    }
  }
}

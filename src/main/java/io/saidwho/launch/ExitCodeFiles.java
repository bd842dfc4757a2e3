package io.saidwho.launch;

import java.nio.file.Path;

/**
 * Where a program started by Maven's {@code exec:exec} leaves its exit code for the Maven JVM
 * that started it: in the folder named by the system property {@value #DIR_PROPERTY} (the pom
 * passes {@code target/exit-codes}), {@code <pid>.armed} says that the Maven JVM of that process
 * id installed an {@link ExitCodeHook} and {@code <pid>.code} holds the code (decimal, one line)
 * that {@link ExitCodeRelay} leaves for it.
 */
record ExitCodeFiles(Path dir, long pid) {

  /** System property of a program's JVM naming the folder; without it nothing is written. */
  static final String DIR_PROPERTY = "saidwho.exit-code.dir";

  static final String ARMED_SUFFIX = ".armed";
  static final String CODE_SUFFIX = ".code";

  /** Present while the Maven JVM {@link #pid} waits for a code. */
  Path armed() {
    return dir.resolve(pid + ARMED_SUFFIX);
  }

  /** The code left for the Maven JVM {@link #pid}. */
  Path code() {
    return dir.resolve(pid + CODE_SUFFIX);
  }

  /** Written first, then renamed to {@link #code()}, so that the hook never reads half a file. */
  Path codeInProgress() {
    return dir.resolve(pid + CODE_SUFFIX + ".tmp");
  }
}

package io.saidwho.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process this test started, with its output in one log file. {@link #close()} stops exactly
 * this process and its descendants (found by pid through {@link ProcessHandle}): a polite
 * {@code destroy} first, then {@code destroyForcibly} when it does not exit within the grace
 * period. Never signals any process it did not start. A shutdown hook does the same if the test
 * JVM exits (or is told to) before {@code close}. Not thread safe.
 */
public final class ChildProcess implements AutoCloseable {

  private static final Duration GRACE = Duration.ofSeconds(10);

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread shutdownHook = new Thread(this::stopTree);

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts {@code command} with stdout and stderr appended to {@code log}. */
  public static ChildProcess start(String name, ProcessBuilder builder, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    return new ChildProcess(name, builder.start(), log);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** Waits for a normal exit; on timeout kills the process tree and fails. */
  public int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new IllegalStateException(
          name + " (pid " + pid() + ") still running after " + timeout + "; see " + log);
    }
    return process.exitValue();
  }

  /** SIGKILL to the process and its descendants, the way a crashed machine would stop it. */
  public void kill() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The log so far, for assertion messages. */
  public String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  /** Last {@code maxChars} characters of the log, for assertion messages. */
  public String logTail(int maxChars) {
    String text = logText();
    return text.length() <= maxChars ? text : text.substring(text.length() - maxChars);
  }

  /**
   * Stops the process, then whatever of its descendants (as they were just before) outlived it:
   * SIGTERM, wait up to the grace period, then SIGKILL.
   */
  @Override
  public void close() {
    stopTree();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs (or ran) stopTree itself
    }
  }

  private void stopTree() {
    List<ProcessHandle> children = process.descendants().toList();
    stop(process.toHandle());
    children.forEach(ChildProcess::stop);
  }

  private static void stop(ProcessHandle handle) {
    if (handle.isAlive()) {
      handle.destroy();
      awaitExit(handle);
    }
    if (handle.isAlive()) {
      handle.destroyForcibly();
      awaitExit(handle);
    }
  }

  private static void awaitExit(ProcessHandle handle) {
    try {
      handle.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // still alive: the caller escalates or reports
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static File nullDevice() {
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    return new File(windows ? "NUL" : "/dev/null");
  }

  @Override
  public String toString() {
    return name + " (pid " + pid() + ")";
  }
}

package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A job run in a child JVM, stopped by the job's test hook ({@code saidwho.test.pause-at}) at a
 * named stage: {@link #start} returns once the run has reached it, so the test kills it or looks
 * at the output at a known point, not at a guessed time. {@link #kill} is SIGKILL, as a crashed
 * machine would stop it; {@link #resume} lets it go on. Closing stops the process if still alive.
 */
public final class PausedRun implements AutoCloseable {

  /** Generous: a Delta run on a loaded 2-core machine takes minutes to reach its writes. */
  private static final Duration REACH_TIMEOUT = Duration.ofMinutes(8);

  private final ChildProcess process;
  private final Path pauseDir;
  private final String stage;
  private final String runId;

  private PausedRun(ChildProcess process, Path pauseDir, String stage, String runId) {
    this.process = process;
    this.pauseDir = pauseDir;
    this.stage = stage;
    this.runId = runId;
  }

  /** Starts {@code job} paused at {@code stage}; waits until it is there. */
  public static PausedRun start(JavaCommand job, String stage, Path workDir, String name)
      throws IOException, InterruptedException {
    Path pauseDir = workDir.resolve("pause-" + name);
    ItDirs.delete(pauseDir);
    ChildProcess process = job
        .withJvmOption("-Dsaidwho.test.pause-at=" + stage)
        .withJvmOption("-Dsaidwho.test.pause-dir=" + pauseDir)
        .start(name, workDir, workDir.resolve(name + ".log"));
    Path marker = pauseDir.resolve("paused-" + stage);
    long deadline = System.nanoTime() + REACH_TIMEOUT.toNanos();
    while (!Files.exists(marker) && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (!Files.exists(marker)) {
      process.close();
      throw new AssertionError(name + " never reached " + stage + "; log:\n"
          + process.logTail(6000));
    }
    return new PausedRun(process, pauseDir, stage, readMarker(marker));
  }

  /** The hook renames the marker into place whole, so one read gives the run id. */
  private static String readMarker(Path marker) throws IOException {
    return Files.readString(marker, StandardCharsets.UTF_8);
  }

  /** The run id of the paused run. */
  public String runId() {
    return runId;
  }

  /** SIGKILL; returns once the process is gone. */
  public void kill() throws InterruptedException {
    process.kill();
    assertThat(process.isAlive()).as("%s after SIGKILL", process).isFalse();
  }

  /** Lets the run go on and waits for its exit code. */
  public int resume(Duration timeout) throws IOException, InterruptedException {
    Files.writeString(pauseDir.resolve("resume-" + stage), "");
    return process.waitFor(timeout);
  }

  public String logTail(int chars) {
    return process.logTail(chars);
  }

  @Override
  public void close() {
    process.close();
  }
}

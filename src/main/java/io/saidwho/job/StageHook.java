package io.saidwho.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * A test hook that stops the driver at a named stage, so that a test can kill a run (SIGKILL) or
 * change its world at a known point instead of guessing from timings. Off unless the system
 * property {@value #PAUSE_AT} is set to a stage name ({@code read}, {@code process},
 * {@code write:<table>}, {@code publish:<table>}), optionally {@code @YYYY-MM-DD} to pause only
 * the run of that batch date. When reached, the run writes {@code paused-<stage>} (holding its
 * run id) into the folder {@value #PAUSE_DIR} and waits until {@code resume-<stage>} appears
 * there; without that property it prints one line to stderr and waits until killed. The marker
 * appears whole (written aside, then renamed into place): a test that sees it can read the run
 * id at once, never an empty file.
 */
final class StageHook {

  static final String PAUSE_AT = "saidwho.test.pause-at";
  static final String PAUSE_DIR = "saidwho.test.pause-dir";

  private StageHook() {}

  /** Pauses here when the hook names {@code stage} (and, if given, this batch date). */
  static void reached(String stage, LocalDate batchDate, String runId) {
    String wanted = System.getProperty(PAUSE_AT);
    if (wanted == null || !(wanted.equals(stage) || wanted.equals(stage + "@" + batchDate))) {
      return;
    }
    String dir = System.getProperty(PAUSE_DIR);
    try {
      if (dir == null) {
        System.err.println("saidwho: test hook: run " + runId + " paused at " + stage);
        Thread.sleep(Long.MAX_VALUE);
      }
      Path folder = Path.of(dir);
      Files.createDirectories(folder);
      publish(folder.resolve("paused-" + stage), runId);
      while (!Files.exists(folder.resolve("resume-" + stage))) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} beside {@code marker} and renames it there in one step. */
  private static void publish(Path marker, String text) throws IOException {
    Path partial = marker.resolveSibling("." + marker.getFileName() + ".partial");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(partial, marker, StandardCopyOption.ATOMIC_MOVE);
  }
}

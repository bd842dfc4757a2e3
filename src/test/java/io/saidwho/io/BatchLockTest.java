package io.saidwho.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch date lock: exclusive per output path and date, stale locks of dead runs taken over. */
class BatchLockTest {

  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

  @TempDir Path out;
  private FileSystem fs;
  private OutputLayout layout;

  @BeforeEach
  void localFileSystem() throws Exception {
    fs = FileSystem.getLocal(new Configuration());
    layout = OutputLayout.of(out.toString(), DAY);
  }

  private Path lockFile() {
    return out.resolve("_locks").resolve("batch_date=2026-01-15.json");
  }

  private void writeLock(LockOwner owner) throws Exception {
    Files.createDirectories(lockFile().getParent());
    Files.write(lockFile(), new ObjectMapper().writeValueAsBytes(owner.toJson()));
  }

  private String lockRunId() throws Exception {
    return (String) new ObjectMapper().readValue(lockFile().toFile(), Map.class).get("run_id");
  }

  @Test
  void secondRunOfTheSameDateFailsNamingTheHolderUntilTheFirstReleases() throws Exception {
    try (BatchLock first = BatchLock.acquire(fs, layout, "run-1")) {
      BatchLockedException e = catchThrowableOfType(BatchLockedException.class,
          () -> BatchLock.acquire(fs, layout, "run-2"));
      assertThat(e.holderRunId()).isEqualTo("run-1");
      assertThat(e.getMessage()).contains("run-1", "batch_date 2026-01-15",
          "pid " + ProcessHandle.current().pid());
      assertThat(catchThrowableOfType(BatchLockedException.class,
          () -> BatchLock.checkFree(fs, layout))).isNotNull();
    }
    assertThat(lockFile()).doesNotExist();
    try (BatchLock second = BatchLock.acquire(fs, layout, "run-2")) {
      assertThat(lockRunId()).isEqualTo("run-2");
    }
  }

  @Test
  void otherBatchDatesTakeOtherLocks() throws Exception {
    try (BatchLock first = BatchLock.acquire(fs, layout, "run-1");
        BatchLock other = BatchLock.acquire(fs, OutputLayout.of(out.toString(), DAY.plusDays(1)),
            "run-2")) {
      assertThat(other.owner().runId()).isEqualTo("run-2");
    }
  }

  @Test
  void lockOfADeadProcessOnThisHostIsTakenOverAtOnce() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();
    writeLock(new LockOwner("dead-run", finished.pid(), LockOwner.hostName(), null,
        Instant.now().toString()));

    BatchLock.checkFree(fs, layout);
    try (BatchLock lock = BatchLock.acquire(fs, layout, "run-2")) {
      assertThat(lockRunId()).isEqualTo("run-2");
    }
  }

  @Test
  void lockWhosePidWasReusedByAnotherProcessIsStale() throws Exception {
    writeLock(new LockOwner("old-run", ProcessHandle.current().pid(), LockOwner.hostName(),
        "2000-01-01T00:00:00Z", "2000-01-01T00:00:00Z"));

    try (BatchLock lock = BatchLock.acquire(fs, layout, "run-2")) {
      assertThat(lockRunId()).isEqualTo("run-2");
    }
  }

  @Test
  void lockFromAnotherHostIsHeldWhileItsHeartbeatIsFreshAndStaleAfter() throws Exception {
    writeLock(new LockOwner("remote-run", 1, "another-host.example", null,
        Instant.now().toString()));

    BatchLockedException e = catchThrowableOfType(BatchLockedException.class,
        () -> BatchLock.acquire(fs, layout, "run-2"));
    assertThat(e.holderRunId()).isEqualTo("remote-run");
    assertThat(e.getMessage()).contains("another-host.example");

    Instant old = Instant.now().minus(BatchLock.STALE_AFTER).minusSeconds(5);
    Files.setLastModifiedTime(lockFile(), FileTime.from(old));
    try (BatchLock lock = BatchLock.acquire(fs, layout, "run-2")) {
      assertThat(lockRunId()).isEqualTo("run-2");
    }
  }

  @Test
  void halfWrittenLockIsHeldWhileFreshAndTakenOverWhenOld() throws Exception {
    Files.createDirectories(lockFile().getParent());
    Files.writeString(lockFile(), "{\"run_id\": \"x");

    assertThat(catchThrowableOfType(BatchLockedException.class,
        () -> BatchLock.acquire(fs, layout, "run-2"))).isNotNull();
    Files.setLastModifiedTime(lockFile(),
        FileTime.from(Instant.now().minus(BatchLock.STALE_AFTER).minusSeconds(5)));
    try (BatchLock lock = BatchLock.acquire(fs, layout, "run-2")) {
      assertThat(lockRunId()).isEqualTo("run-2");
    }
  }

  @Test
  void releaseLeavesALockTakenOverByAnotherRunInPlace() throws Exception {
    BatchLock mine = BatchLock.acquire(fs, layout, "run-1");
    writeLock(new LockOwner("run-3", ProcessHandle.current().pid(), LockOwner.hostName(), null,
        Instant.now().toString()));

    mine.close();

    assertThat(lockRunId()).isEqualTo("run-3");
  }
}

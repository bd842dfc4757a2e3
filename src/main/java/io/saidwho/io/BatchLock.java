package io.saidwho.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock of one output path and batch date ({@code _locks/batch_date=D.json}), held by one run
 * from before it touches the output until after its publish. Runs of other batch dates take
 * other locks and never wait for each other.
 *
 * <p>The lock file is created exclusively ({@code O_EXCL} on the local file system, {@code
 * create(overwrite=false)} elsewhere) and holds its {@link LockOwner}. While held, a daemon
 * thread touches the file every {@link #HEARTBEAT}. A lock whose owner is dead ({@link
 * LockOwner#isAlive}: on the same host the process is gone; from another host no heartbeat for
 * {@link #STALE_AFTER}) is stale: the next run renames it aside, checks it renamed the stale one
 * and not a fresh lock, and takes the lock. {@link #close} stops the heartbeat and deletes the
 * file if it is still this run's. Object stores without exclusive create give no mutual
 * exclusion (see README).
 */
public final class BatchLock implements AutoCloseable {

  public static final Duration HEARTBEAT = Duration.ofSeconds(15);
  public static final Duration STALE_AFTER = Duration.ofSeconds(120);

  private static final Logger LOG = LoggerFactory.getLogger(BatchLock.class);
  private static final int ATTEMPTS = 3;

  private final FileSystem fs;
  private final Path path;
  private final LockOwner owner;
  private final ScheduledExecutorService heartbeat;

  private BatchLock(FileSystem fs, Path path, LockOwner owner) {
    this.fs = fs;
    this.path = path;
    this.owner = owner;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "saidwho-lock-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Takes the lock for {@code runId}, taking over a stale one; fails naming a live holder. */
  public static BatchLock acquire(FileSystem fs, OutputLayout layout, String runId)
      throws UnusablePathException {
    Path path = layout.lock();
    LockOwner me = LockOwner.current(runId);
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (createExclusive(fs, path, me)) {
          return new BatchLock(fs, path, me);
        }
        Holder holder = read(fs, path);
        if (holder != null && holder.isAlive()) {
          throw locked(layout, holder);
        }
        if (holder != null) {
          takeOver(fs, path, holder, runId);
        }
      }
    } catch (IOException e) {
      throw new UnusablePathException("output.path " + layout.root() + ": cannot take the lock "
          + path + ": " + e, e);
    }
    throw new UnusablePathException("output.path " + layout.root() + ": cannot take the lock "
        + path + " (other runs keep taking it)");
  }

  /** Fails naming the holder when a live run holds the lock now; takes nothing. */
  public static void checkFree(FileSystem fs, OutputLayout layout) throws UnusablePathException {
    try {
      Holder holder = read(fs, layout.lock());
      if (holder != null && holder.isAlive()) {
        throw locked(layout, holder);
      }
    } catch (IOException e) {
      throw new UnusablePathException("output.path " + layout.root() + ": cannot read the lock "
          + layout.lock() + ": " + e, e);
    }
  }

  public LockOwner owner() {
    return owner;
  }

  /** Stops the heartbeat and deletes the lock file if this run still holds it. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      Holder holder = read(fs, path);
      if (holder != null && holder.owner != null && owner.runId().equals(holder.owner.runId())) {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock " + path, e);
    }
  }

  private void beat() {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException e) {
      LOG.warn("lock heartbeat on {} failed: {}", path, e.toString());
    }
  }

  private static UnusablePathException locked(OutputLayout layout, Holder holder) {
    String who = holder.owner == null ? "a run that is still writing its lock file"
        : holder.owner.describe();
    return new BatchLockedException("output.path " + layout.root() + ", batch_date "
        + layout.batchDate() + ": locked by " + who + "; lock file " + holder.path
        + " (last heartbeat " + holder.ageSeconds() + " s ago). Wait for that run to end; a lock"
        + " whose run died is taken over at once on the same host, after "
        + STALE_AFTER.toSeconds() + " s without heartbeat from another host",
        holder.owner == null ? null : holder.owner.runId());
  }

  private static boolean createExclusive(FileSystem fs, Path path, LockOwner me)
      throws IOException {
    fs.mkdirs(path.getParent());
    byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(me.toJson());
    try {
      if (HadoopFiles.isLocal(fs)) {
        Files.write(HadoopFiles.localFile(fs, path), json, StandardOpenOption.CREATE_NEW);
      } else {
        try (OutputStream out = fs.create(path, false)) {
          out.write(json);
        }
      }
      return true;
    } catch (java.nio.file.FileAlreadyExistsException | FileAlreadyExistsException e) {
      return false;
    }
  }

  /** Renames the stale lock aside; puts it back if what was renamed is not the stale one. */
  private static void takeOver(FileSystem fs, Path path, Holder stale, String runId)
      throws IOException {
    Path aside = new Path(path.getParent(), path.getName() + ".stale-" + runId);
    if (!fs.rename(path, aside)) {
      return;
    }
    Holder renamed = read(fs, aside);
    boolean same = renamed != null && renamed.sameOwner(stale);
    if (!same && !fs.exists(path)) {
      fs.rename(aside, path);
      return;
    }
    fs.delete(aside, false);
    LOG.warn("took over the stale lock {} of {}", path,
        stale.owner == null ? "an unreadable lock" : stale.owner.describe());
  }

  private static Holder read(FileSystem fs, Path path) throws IOException {
    FileStatus status;
    Map<String, Object> json;
    try {
      status = fs.getFileStatus(path);
      json = HadoopFiles.readJson(fs, path);
      if (json == null) {
        return null;
      }
    } catch (java.io.FileNotFoundException e) {
      return null;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      json = null;
      status = fs.getFileStatus(path);
    }
    return new Holder(path, LockOwner.fromJson(json), Instant.ofEpochMilli(
        status.getModificationTime()));
  }

  /** A lock file as read: its owner (null when unreadable) and its last heartbeat. */
  private record Holder(Path path, LockOwner owner, Instant lastHeartbeat) {

    boolean isAlive() {
      Instant now = Instant.now();
      if (owner == null) {
        return Duration.between(lastHeartbeat, now).compareTo(STALE_AFTER) < 0;
      }
      return owner.isAlive(lastHeartbeat, now, STALE_AFTER);
    }

    boolean sameOwner(Holder other) {
      return owner == null ? other.owner == null
          : other.owner != null && owner.runId().equals(other.owner.runId());
    }

    long ageSeconds() {
      return Math.max(0, Duration.between(lastHeartbeat, Instant.now()).toSeconds());
    }
  }
}

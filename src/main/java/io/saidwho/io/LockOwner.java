package io.saidwho.io;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds a batch date's lock: the run id, the driver's pid, host and process start time, and
 * when the run took the lock. {@link #isAlive} decides whether a lock is stale: on the same host
 * the process must still exist with the same start time (a pid reused by another process does not
 * count); from another host the lock file's last heartbeat must be younger than {@code staleAfter}.
 *
 * @param runId the run holding the lock
 * @param pid the driver's process id
 * @param host the driver's host name
 * @param processStartedAt when that process started (ISO instant), or null when unknown
 * @param lockedAt when the run took the lock (ISO instant)
 */
public record LockOwner(String runId, long pid, String host, String processStartedAt,
    String lockedAt) {

  private static final String HOST = lookUpHostName();

  /** This JVM, taking the lock for {@code runId} now. */
  public static LockOwner current(String runId) {
    ProcessHandle self = ProcessHandle.current();
    return new LockOwner(runId, self.pid(), hostName(), startOf(self), Instant.now().toString());
  }

  /** The owner written in a lock file; null when the content is not a lock (e.g. half written). */
  public static LockOwner fromJson(Map<String, Object> json) {
    if (json == null || !(json.get("run_id") instanceof String run)
        || !(json.get("pid") instanceof Number pid) || !(json.get("host") instanceof String host)) {
      return null;
    }
    return new LockOwner(run, pid.longValue(), host, (String) json.get("process_started_at"),
        String.valueOf(json.get("locked_at")));
  }

  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("run_id", runId);
    json.put("pid", pid);
    json.put("host", host);
    json.put("process_started_at", processStartedAt);
    json.put("locked_at", lockedAt);
    return json;
  }

  /** Whether the owner still runs, given the lock file's last heartbeat. */
  public boolean isAlive(Instant lastHeartbeat, Instant now, Duration staleAfter) {
    if (host.equals(hostName())) {
      Optional<ProcessHandle> process = ProcessHandle.of(pid);
      if (process.isEmpty() || !process.get().isAlive()) {
        return false;
      }
      String started = startOf(process.get());
      return processStartedAt == null || started == null || started.equals(processStartedAt);
    }
    return Duration.between(lastHeartbeat, now).compareTo(staleAfter) < 0;
  }

  /** For messages: {@code run X (pid 12 on host h, locked at T)}. */
  public String describe() {
    return "run " + runId + " (pid " + pid + " on host " + host + ", locked at " + lockedAt + ")";
  }

  private static String startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toString).orElse(null);
  }

  static String hostName() {
    return HOST;
  }

  private static String lookUpHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "unknown-host";
    }
  }
}

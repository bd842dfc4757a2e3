package io.saidwho.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by kind, from {@code /proc/self/task} (Linux; empty elsewhere):
 * Spark task threads, JIT compiler threads, garbage collector threads and the rest (driver, Spark
 * services, the bench). A thread that ended between two snapshots is not seen; the report gives
 * the process CPU time beside the sum. Clock ticks are 10 ms.
 */
final class ThreadCpu {

  static final String TASKS = "spark_tasks";
  static final String JIT = "jit_compiler";
  static final String GC = "gc";
  static final String OTHER = "other";

  private static final double TICK_SECONDS = 0.01;
  private static final Path TASK_DIR = Path.of("/proc/self/task");

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Long> ticks = new HashMap<>();

  private ThreadCpu() {}

  /** The CPU ticks of every live thread now. */
  static ThreadCpu snapshot() {
    ThreadCpu snap = new ThreadCpu();
    if (!Files.isDirectory(TASK_DIR)) {
      return snap;
    }
    try (Stream<Path> tasks = Files.list(TASK_DIR)) {
      for (Path task : tasks.toList()) {
        snap.read(task);
      }
    } catch (IOException e) {
      // threads come and go while listing; what was read stays
    }
    return snap;
  }

  private void read(Path task) {
    try {
      String stat = Files.readString(task.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      String id = task.getFileName().toString();
      ticks.put(id, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
      names.put(id, Files.readString(task.resolve("comm")).strip());
    } catch (IOException | RuntimeException e) {
      // the thread ended while being read
    }
  }

  /** Seconds of CPU per kind between {@code before} and this snapshot. */
  Map<String, Double> secondsSince(ThreadCpu before) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String kind : new String[] {TASKS, JIT, GC, OTHER}) {
      out.put(kind, 0.0);
    }
    ticks.forEach((id, now) -> out.merge(kind(names.get(id)),
        (now - before.ticks.getOrDefault(id, 0L)) * TICK_SECONDS, Double::sum));
    return out;
  }

  private static String kind(String name) {
    if (name.startsWith("Executor task")) {
      return TASKS;
    }
    if (name.contains("CompilerThre")) {
      return JIT;
    }
    if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
      return GC;
    }
    return OTHER;
  }
}

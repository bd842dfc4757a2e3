package io.saidwho.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Watches this JVM's heap while a run lasts (in Spark local mode the driver JVM is the executor
 * too). Polls the used heap every few milliseconds and keeps its maximum; also reads, at the end,
 * the sum of the heap pools' peak usage (an upper bound) and the largest heap left after a garbage
 * collection (the live set, which is what must stay bounded). Start and stop it from one thread.
 */
final class HeapMonitor implements AutoCloseable {

  /** Peak figures in bytes. */
  record Peaks(long maxHeap, long polledUsed, long poolPeakSum, long maxAfterGc) {}

  private final List<MemoryPoolMXBean> pools = heapPools();
  private final Thread poller;
  private volatile boolean running = true;
  private volatile long polledUsed;
  private volatile long maxAfterGc;

  HeapMonitor(long intervalMillis) {
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    poller = new Thread(() -> poll(intervalMillis), "heap-monitor");
    poller.setDaemon(true);
    poller.start();
  }

  private void poll(long intervalMillis) {
    while (running) {
      sample();
      try {
        Thread.sleep(intervalMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void sample() {
    long used = 0;
    long afterGc = 0;
    for (MemoryPoolMXBean pool : pools) {
      used += pool.getUsage().getUsed();
      MemoryUsage collected = pool.getCollectionUsage();
      afterGc += collected == null ? 0 : collected.getUsed();
    }
    polledUsed = Math.max(polledUsed, used);
    maxAfterGc = Math.max(maxAfterGc, afterGc);
  }

  Peaks peaks() {
    sample();
    long peakSum = 0;
    for (MemoryPoolMXBean pool : pools) {
      peakSum += pool.getPeakUsage().getUsed();
    }
    long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    return new Peaks(max, polledUsed, peakSum, maxAfterGc);
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
  }
}

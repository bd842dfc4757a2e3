package io.saidwho.bench;

/**
 * Tokens processed in a measured interval, with its wall and CPU time.
 *
 * @param name what was measured
 * @param tokens tokens processed
 * @param wallSeconds elapsed time
 * @param cpuSeconds CPU time of the measuring thread (raw runs) or of the whole JVM (the job)
 */
public record Throughput(String name, long tokens, double wallSeconds, double cpuSeconds) {

  public double tokensPerSecond() {
    return tokens / wallSeconds;
  }

  /** Tokens per CPU second: less sensitive than wall time to other processes on the machine. */
  public double tokensPerCpuSecond() {
    return tokens / cpuSeconds;
  }
}

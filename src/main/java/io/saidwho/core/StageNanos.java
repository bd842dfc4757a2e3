package io.saidwho.core;

/** Wall time an article spent in each core stage, in nanoseconds. */
public record StageNanos(long analyze, long quotes, long attribution) {

  public long total() {
    return analyze + quotes + attribution;
  }
}

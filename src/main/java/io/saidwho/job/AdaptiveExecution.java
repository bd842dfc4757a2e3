package io.saidwho.job;

/**
 * Whether a run keeps Spark's adaptive query execution on: only for batches of at least {@link
 * #MIN_INPUT_BYTES} of input. Below that, every shuffle has at most four partitions ({@link
 * ShufflePartitions}), so adaptive execution has nothing to coalesce, while it runs every shuffle
 * of a query as a Spark job of its own and re-plans (and prints for the UI) the whole query after
 * each one: a batch of 100 news articles ran about 49 Spark jobs for 10 queries, and used about a
 * seventh more CPU (docs/benchmark.md). Larger batches keep it as the session has it (Spark's
 * default is on): from a few tens of MiB its run-time choices pay (10,000 synthetic articles, 29
 * MB, took twice the cross-article CPU without it, in sort-merge joins of 29 partitions where it
 * broadcasts and coalesces).
 */
final class AdaptiveExecution {

  /** 4 MiB: about 850 news articles of plain text. */
  static final long MIN_INPUT_BYTES = 4L * 1024 * 1024;

  private AdaptiveExecution() {}

  /** @param inputBytes size of the batch's input files as listed */
  static boolean keptFor(long inputBytes) {
    return inputBytes >= MIN_INPUT_BYTES;
  }
}

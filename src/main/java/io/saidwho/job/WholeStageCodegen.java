package io.saidwho.job;

/**
 * Whether a run keeps Spark's whole-stage code generation on: only for batches of at least {@link
 * #MIN_INPUT_BYTES} of input. Whole-stage code generation writes one Java class per pipeline of
 * a query and compiles it with Janino before the first row runs; a small batch has a few hundred
 * rows per table, so in a cold JVM the compiling costs far more than the rows it speeds up (a
 * batch of 100 news articles used 2.5-3.5 s less CPU without it, four alternated pairs,
 * docs/benchmark.md). Larger batches keep it as the session has it (Spark's default is on), where
 * the generated code pays for itself many times over. The results are the same either way.
 */
final class WholeStageCodegen {

  /** 4 MiB: about 850 news articles of plain text, as for adaptive execution. */
  static final long MIN_INPUT_BYTES = 4L * 1024 * 1024;

  private WholeStageCodegen() {}

  /** @param inputBytes size of the batch's input files as listed */
  static boolean keptFor(long inputBytes) {
    return inputBytes >= MIN_INPUT_BYTES;
  }
}

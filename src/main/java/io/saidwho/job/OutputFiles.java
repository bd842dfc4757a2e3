package io.saidwho.job;

/**
 * How many files each table of a batch is written in: enough for files of about {@link
 * #TARGET_BYTES} when every table were as large as the batch's text (sentences are about that
 * size; the other tables are smaller), never more than the processed partitions, at least one, and
 * at most {@code output.files-per-partition} when that is set. A small batch so gets one file per
 * table instead of one per input split.
 */
final class OutputFiles {

  /** About the size Parquet readers handle best; far above a small batch. */
  static final long TARGET_BYTES = 128L * 1024 * 1024;

  private OutputFiles() {}

  /**
   * @param textChars chars of text in the batch's articles
   * @param partitions partitions of the processed dataset
   * @param configured {@code output.files-per-partition}, or null
   */
  static int perTable(long textChars, int partitions, Integer configured) {
    long bySize = Math.max(1, (textChars + TARGET_BYTES - 1) / TARGET_BYTES);
    int files = (int) Math.min(bySize, Math.max(1, partitions));
    return configured == null ? files : Math.min(files, configured);
  }
}

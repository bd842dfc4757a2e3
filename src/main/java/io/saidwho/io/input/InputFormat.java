package io.saidwho.io.input;

import io.saidwho.io.RecordParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * One way of reading input files: the file extensions it claims, how a file is cut into splits
 * that tasks read on their own, and how the bytes of a split become records, each an article or
 * a reject. Implementations are stateless and serializable (they travel to the executors inside
 * the reading function); the same code reads for the job and for the evaluation command.
 *
 * <p>Contract of {@link #read}: lazy (one record at a time, a multi-GB file is never held whole),
 * every record that starts in the split is returned exactly once, bad data becomes a reject and
 * never an exception; an I/O error part way through ends the split with one {@code read_error}
 * reject (the records before it are kept).
 */
public interface InputFormat extends Serializable {

  /** The {@code input.format} value and the manifest's name of this format. */
  String label();

  /** The file name endings this format reads, lower case, e.g. {@code .jsonl.gz}. */
  List<String> extensions();

  /**
   * True when the article text is made by the format (extracted from HTML) rather than read as
   * it is: the job then writes it to {@code article_texts}, so that offsets stay checkable.
   */
  default boolean extractsText() {
    return false;
  }

  /** True when a file of this name is of this format by its extension (case-insensitive). */
  default boolean matches(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String extension : extensions()) {
      if (lower.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  /** The splits of {@code file}: the whole file unless the format can start mid-file. */
  default List<FileSplit> splits(InputFile file, long maxSplitBytes) {
    return List.of(FileSplit.whole(file));
  }

  /**
   * The records that start in {@code split}, read from {@code in} (positioned at the split's
   * start, not decompressed; the caller closes it once the iterator is exhausted).
   */
  Iterator<InputRecord> read(FileSplit split, InputStream in, RecordParser parser)
      throws IOException;
}

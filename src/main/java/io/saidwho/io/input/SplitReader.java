package io.saidwho.io.input;

import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import io.saidwho.io.RejectReason;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a sequence of splits, one split open at a time, each read by its file's format.
 * A file that cannot be opened becomes one reject ({@code file_not_found} when it is gone, by
 * its first split only; {@code read_error} otherwise), so no file stops the others. Each stream is
 * closed when its split is exhausted. Lazy; not thread-safe.
 */
public final class SplitReader implements Iterator<InputRecord> {

  private final Iterator<FileSplit> splits;
  private final FileOpener opener;
  private final RecordParser parser;
  private Iterator<InputRecord> current = Collections.emptyIterator();
  private InputStream open;

  public SplitReader(Iterator<FileSplit> splits, FileOpener opener, RecordParser parser) {
    this.splits = splits;
    this.opener = opener;
    this.parser = parser;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      closeOpen();
      if (!splits.hasNext()) {
        return false;
      }
      current = start(splits.next());
    }
    return true;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private Iterator<InputRecord> start(FileSplit split) {
    InputFile file = split.file();
    InputFormat format = InputFormats.byLabel(file.format());
    try {
      open = opener.open(file, split.start());
    } catch (FileNotFoundException e) {
      return split.isFirst() ? unreadable(split, RejectReason.FILE_NOT_FOUND,
          "the file was listed but is gone: " + e.getMessage()) : Collections.emptyIterator();
    } catch (IOException | RuntimeException e) {
      return unreadable(split, RejectReason.READ_ERROR, "the file cannot be opened: " + e);
    }
    try {
      return format.read(split, open, parser);
    } catch (IOException e) {
      return unreadable(split, RejectReason.READ_ERROR, "the file cannot be read: " + e);
    }
  }

  private static Iterator<InputRecord> unreadable(FileSplit split, RejectReason reason,
      String message) {
    InputFile file = split.file();
    String id = InputFormats.byLabel(file.format()) instanceof WholeFileFormat ? file.name() : null;
    return List.of(InputRecord.of(file, split.start(),
        ParsedRecord.rejected(reason.reject(id, file.path(), message, null)))).iterator();
  }

  private void closeOpen() {
    if (open == null) {
      return;
    }
    try {
      open.close();
    } catch (IOException e) {
      // every record was read; a failed close loses nothing
    }
    open = null;
  }
}

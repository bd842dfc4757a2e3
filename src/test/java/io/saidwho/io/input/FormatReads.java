package io.saidwho.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Test helper: runs an input format over bytes held in memory, as one file. */
public final class FormatReads {

  private FormatReads() {}

  /** A file of {@code name} and {@code bytes}, index 0. */
  public static InputFile file(InputFormat format, String name, byte[] bytes) {
    return new InputFile(0, "mem:/" + name, "mem:/in/" + name, name, bytes.length,
        format.label());
  }

  /** Every record of {@code split}, read from {@code bytes} (the whole file). */
  public static List<InputRecord> read(FileSplit split, byte[] bytes, int maxArticleChars) {
    InputFormat format = InputFormats.byLabel(split.file().format());
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    in.skip(split.start());
    List<InputRecord> records = new ArrayList<>();
    try {
      Iterator<InputRecord> it = format.read(split, in, new RecordParser(maxArticleChars));
      it.forEachRemaining(records::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** Every record of a whole file of {@code format}. */
  public static List<InputRecord> read(InputFormat format, String name, byte[] bytes,
      int maxArticleChars) {
    return read(FileSplit.whole(file(format, name, bytes)), bytes, maxArticleChars);
  }

  /** The one record of a file that must hold exactly one. */
  public static ParsedRecord only(InputFormat format, String name, byte[] bytes,
      int maxArticleChars) {
    List<InputRecord> records = read(format, name, bytes, maxArticleChars);
    assertThat(records).hasSize(1);
    return records.get(0).parsed();
  }
}

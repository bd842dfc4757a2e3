package io.saidwho.io.input;

import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import io.saidwho.io.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A format of one article per file, the file name being its id: the file is read whole (gunzipped
 * when named {@code .gz}) up to a byte limit; a longer file is rejected as {@code too_large}
 * without reading the rest, a file whose reading fails as {@code read_error}.
 */
abstract class WholeFileFormat implements InputFormat {

  private static final long serialVersionUID = 1L;

  /** The most bytes a file of this format may have. */
  abstract long maxBytes(RecordParser parser);

  /** The article or reject made of the whole content of {@code file}. */
  abstract ParsedRecord parse(InputFile file, byte[] bytes, RecordParser parser);

  @Override
  public Iterator<InputRecord> read(FileSplit split, InputStream in, RecordParser parser) {
    InputFile file = split.file();
    return List.of(InputRecord.of(file, 0, parseFile(file, in, parser))).iterator();
  }

  private ParsedRecord parseFile(InputFile file, InputStream in, RecordParser parser) {
    long limit = maxBytes(parser);
    byte[] bytes;
    try {
      bytes = Streams.readUpTo(Streams.decompressed(file, in), limit);
    } catch (IOException e) {
      return ParsedRecord.rejected(RejectReason.READ_ERROR.reject(file.name(), file.path(),
          "reading the file failed: " + e, null));
    }
    if (bytes.length > limit) {
      byte[] prefix = Arrays.copyOf(bytes, (int) Math.min(bytes.length, 1 << 16));
      return ParsedRecord.rejected(parser.tooManyBytes(file.name(), file.path(), limit, prefix));
    }
    return parse(file, bytes, parser);
  }
}

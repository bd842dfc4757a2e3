package io.saidwho.io.input;

import io.saidwho.core.text.Article;
import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import java.util.List;

/**
 * {@code input.format=txt}: one article per {@code .txt} (or {@code .txt.gz}) file. The id is the
 * exact file name, the text the whole file (headline included), the title its first non-blank
 * line; no other metadata.
 */
public final class TxtFormat extends WholeFileFormat {

  private static final long serialVersionUID = 1L;

  @Override
  public String label() {
    return "txt";
  }

  @Override
  public List<String> extensions() {
    return List.of(".txt", ".txt.gz");
  }

  @Override
  long maxBytes(RecordParser parser) {
    return parser.maxTextBytes();
  }

  @Override
  ParsedRecord parse(InputFile file, byte[] bytes, RecordParser parser) {
    RecordParser.Decoded decoded = parser.decode(file.name(), file.path(), bytes);
    if (decoded.isRejected()) {
      return ParsedRecord.rejected(decoded.reject());
    }
    String text = decoded.text();
    return parser.validate(file.path(),
        new Article(file.name(), firstLine(text), text, null, null, null), text);
  }

  private static String firstLine(String text) {
    return text.lines()
        .map(line -> line.replace("\uFEFF", "").strip())
        .filter(line -> !line.isEmpty())
        .findFirst()
        .orElse(null);
  }
}

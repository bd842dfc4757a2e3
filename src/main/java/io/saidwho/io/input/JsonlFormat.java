package io.saidwho.io.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saidwho.core.text.Article;
import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import io.saidwho.io.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code input.format=jsonl}: one article per line of a JSON Lines file ({@code .jsonl},
 * {@code .json}, either gzipped). A record needs {@code id} and {@code text}, and may have {@code
 * title}, {@code url}, {@code source} and {@code published_at}; other fields are ignored. Blank
 * lines are not records. A line that is not one JSON object is {@code malformed_json}; no {@code
 * id} is {@code missing_id}; no {@code text} string is {@code missing_text}; a line longer than
 * {@link RecordParser#maxLineBytes()} is {@code too_large} without being parsed.
 *
 * <p>An uncompressed file is cut into byte-range splits: a split reads the lines that start in
 * its range, the first partial line belonging to the split before (as Hadoop's line reader does).
 */
public final class JsonlFormat implements InputFormat {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public String label() {
    return "jsonl";
  }

  @Override
  public List<String> extensions() {
    return List.of(".jsonl", ".json", ".jsonl.gz", ".json.gz");
  }

  @Override
  public List<FileSplit> splits(InputFile file, long maxSplitBytes) {
    if (file.isGzip() || file.length() <= maxSplitBytes) {
      return List.of(FileSplit.whole(file));
    }
    List<FileSplit> splits = new ArrayList<>();
    for (long start = 0; start < file.length(); start += maxSplitBytes) {
      splits.add(new FileSplit(file, start, Math.min(file.length(), start + maxSplitBytes)));
    }
    return splits;
  }

  @Override
  public Iterator<InputRecord> read(FileSplit split, InputStream in, RecordParser parser)
      throws IOException {
    InputFile file = split.file();
    ByteLines lines = new ByteLines(Streams.decompressed(file, in), split.start(),
        parser.maxLineBytes());
    long end = file.isGzip() ? Long.MAX_VALUE : split.end();
    return new LineRecords(file, lines, end, !split.isFirst(), parser);
  }

  /** The lines of one split as records. */
  private static final class LineRecords extends RecordIterator {

    private final InputFile file;
    private final ByteLines lines;
    private final long end;
    private final RecordParser parser;
    private boolean skipFirst;

    LineRecords(InputFile file, ByteLines lines, long end, boolean skipFirst,
        RecordParser parser) {
      this.file = file;
      this.lines = lines;
      this.end = end;
      this.skipFirst = skipFirst;
      this.parser = parser;
    }

    @Override
    protected InputRecord computeNext() throws IOException {
      if (skipFirst) {
        skipFirst = false;
        lines.next();
      }
      ByteLines.Line line = lines.next();
      while (line != null && line.offset() <= end && line.isBlank()) {
        line = lines.next();
      }
      if (line == null || line.offset() > end) {
        return null;
      }
      ParsedRecord parsed = line.cut()
          ? ParsedRecord.rejected(parser.tooManyBytes(null, file.path(), parser.maxLineBytes(),
              line.bytes()))
          : parseLine(file.path(), line.bytes(), parser);
      return InputRecord.of(file, line.offset(), parsed);
    }

    @Override
    protected InputRecord onError(IOException e) {
      return InputRecord.of(file, lines.offset(),
          ParsedRecord.rejected(RejectReason.READ_ERROR.reject(null, file.path(),
              "reading the file failed after the records before: " + e, null)));
    }
  }

  /** The article or reject of one line's bytes. */
  static ParsedRecord parseLine(String inputFile, byte[] bytes, RecordParser parser) {
    RecordParser.Decoded decoded = parser.decode(null, inputFile, bytes);
    if (decoded.isRejected()) {
      return ParsedRecord.rejected(decoded.reject());
    }
    String raw = decoded.text();
    ParsedRecord parsed = parseJson(inputFile, raw);
    return parsed.isRejected() ? parsed : parser.validate(inputFile, parsed.article(), raw);
  }

  private static ParsedRecord parseJson(String inputFile, String raw) {
    JsonNode node;
    try {
      node = MAPPER.readTree(raw);
    } catch (JsonProcessingException e) {
      return malformed(inputFile, raw, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return malformed(inputFile, raw, "a line must hold one JSON object");
    }
    String id = scalar(node, "id");
    if (id == null || id.isBlank()) {
      return ParsedRecord.rejected(
          RejectReason.MISSING_ID.reject(null, inputFile, "no \"id\" field", raw));
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return ParsedRecord.rejected(RejectReason.MISSING_TEXT.reject(id, inputFile,
          "no \"text\" string field", raw));
    }
    return ParsedRecord.of(new Article(id, scalar(node, "title"), text.asText(),
        scalar(node, "source"), scalar(node, "url"), scalar(node, "published_at")));
  }

  private static ParsedRecord malformed(String inputFile, String raw, String why) {
    return ParsedRecord.rejected(
        RejectReason.MALFORMED_JSON.reject(null, inputFile, "malformed JSON: " + why, raw));
  }

  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }
}

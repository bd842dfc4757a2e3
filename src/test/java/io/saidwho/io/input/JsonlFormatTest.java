package io.saidwho.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonlFormatTest {

  private static final String LINES = "{\"id\": \"a\", \"text\": \"One.\"}\n"
      + "\n"
      + "{\"id\": \"b\", \"text\": \"Two, longer than the others.\"}\r\n"
      + "   \n"
      + "{\"id\": \"c\", \"text\": \"Three.\"}\n"
      + "{\"id\": \"d\", \"text\": \"Four, last, no newline.\"}";

  private static List<String> ids(List<InputRecord> records) {
    List<String> ids = new ArrayList<>();
    records.forEach(r -> ids.add(r.parsed().isRejected() ? "!" + r.parsed().reject().reason()
        : r.parsed().article().id()));
    return ids;
  }

  @Test
  void blankLinesAreNotRecordsAndCarriageReturnsAreDropped() {
    List<InputRecord> records = FormatReads.read(InputFormats.JSONL, "f.jsonl",
        LINES.getBytes(StandardCharsets.UTF_8), 1000);

    assertThat(ids(records)).containsExactly("a", "b", "c", "d");
    assertThat(records.get(1).parsed().article().text()).isEqualTo("Two, longer than the others.");
  }

  @Test
  void recordKeysFollowTheByteOffsetOfEachLine() {
    List<InputRecord> records = FormatReads.read(InputFormats.JSONL, "f.jsonl",
        LINES.getBytes(StandardCharsets.UTF_8), 1000);

    assertThat(records.get(0).recordKey()).isZero();
    assertThat(records.get(1).recordKey()).isEqualTo(LINES.indexOf("{\"id\": \"b\""));
    assertThat(records).extracting(InputRecord::recordKey).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void everySplitSizeReadsEveryLineExactlyOnce() {
    byte[] bytes = LINES.getBytes(StandardCharsets.UTF_8);
    for (int size = 1; size <= bytes.length; size++) {
      InputFile file = FormatReads.file(InputFormats.JSONL, "f.jsonl", bytes);
      List<InputRecord> all = new ArrayList<>();
      for (FileSplit split : InputFormats.JSONL.splits(file, size)) {
        all.addAll(FormatReads.read(split, bytes, 1000));
      }
      assertThat(ids(all)).as("split size %d", size).containsExactly("a", "b", "c", "d");
    }
  }

  @Test
  void gzippedLinesAreReadAndNotSplit() throws IOException {
    byte[] gz = gzip(LINES.getBytes(StandardCharsets.UTF_8));
    InputFile file = FormatReads.file(InputFormats.JSONL, "f.jsonl.gz", gz);

    assertThat(InputFormats.JSONL.splits(file, 10)).hasSize(1);
    assertThat(ids(FormatReads.read(FileSplit.whole(file), gz, 1000)))
        .containsExactly("a", "b", "c", "d");
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeAndEndsWithOneReadError() throws IOException {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append("{\"id\": \"r").append(i).append("\", \"text\": \"Text number ").append(i)
          .append(" of many.\"}\n");
    }
    byte[] gz = gzip(many.toString().getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);

    List<String> ids = ids(FormatReads.read(InputFormats.JSONL, "f.jsonl.gz", cut, 1000));

    assertThat(ids).startsWith("r0", "r1").endsWith("!read_error");
    assertThat(ids.subList(0, ids.size() - 1)).allMatch(id -> id.startsWith("r"));
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}

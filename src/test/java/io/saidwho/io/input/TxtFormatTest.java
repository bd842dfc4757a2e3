package io.saidwho.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.io.ParsedRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TxtFormatTest {

  private static final String TEXT = "Headline\nThe mayor said, \"We will rebuild the bridge.\"\n";

  @Test
  void gzippedTxtIsReadWithTheExactFileNameAsId() throws IOException {
    byte[] gz = JsonlFormatTest.gzip(TEXT.getBytes(StandardCharsets.UTF_8));

    ParsedRecord parsed = FormatReads.only(InputFormats.TXT, "a%41 b.txt.gz", gz, 1000);

    assertThat(parsed.article().id()).isEqualTo("a%41 b.txt.gz");
    assertThat(parsed.article().text()).isEqualTo(TEXT);
    assertThat(parsed.article().title()).isEqualTo("Headline");
  }

  @Test
  void corruptGzipIsAReadError() throws IOException {
    byte[] gz = JsonlFormatTest.gzip(TEXT.repeat(50).getBytes(StandardCharsets.UTF_8));

    ParsedRecord parsed = FormatReads.only(InputFormats.TXT, "x.txt.gz",
        Arrays.copyOf(gz, gz.length - 20), 10_000);

    assertThat(parsed.reject().reason()).isEqualTo("read_error");
    assertThat(parsed.reject().stage()).isEqualTo("read");
    assertThat(parsed.reject().articleId()).isEqualTo("x.txt.gz");
  }

  @Test
  void zeroByteFileIsEmptyText() {
    assertThat(FormatReads.only(InputFormats.TXT, "zero.txt", new byte[0], 100).reject()
        .reason()).isEqualTo("empty_text");
  }
}

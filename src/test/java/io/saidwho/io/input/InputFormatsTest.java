package io.saidwho.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.config.JobConfig;
import org.junit.jupiter.api.Test;

class InputFormatsTest {

  @Test
  void theConfigAcceptsExactlyTheLabelsOfTheFormats() {
    assertThat(InputFormats.all()).extracting(InputFormat::label)
        .containsExactlyElementsOf(JobConfig.INPUT_FORMATS);
  }

  @Test
  void everyExtensionNamesExactlyOneFormat() {
    for (InputFormat format : InputFormats.all()) {
      for (String extension : format.extensions()) {
        assertThat(InputFormats.all()).as(extension)
            .filteredOn(f -> f.matches("name" + extension)).containsExactly(format);
      }
    }
  }

  @Test
  void extensionsMatchCaseInsensitivelyAndGzipFollowsTheFormat() {
    assertThat(InputFormats.byFileName("A.TXT")).isSameAs(InputFormats.TXT);
    assertThat(InputFormats.byFileName("feed.JSONL.gz")).isSameAs(InputFormats.JSONL);
    assertThat(InputFormats.byFileName("CC-NEWS-20310601.warc.gz")).isSameAs(InputFormats.WARC);
    assertThat(InputFormats.byFileName("page.htm")).isSameAs(InputFormats.HTML);
    assertThat(InputFormats.byFileName("notes.md")).isNull();
    assertThat(InputFormats.byFileName("archive.gz")).isNull();
  }
}

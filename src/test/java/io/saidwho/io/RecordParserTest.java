package io.saidwho.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.text.Article;
import io.saidwho.io.input.FormatReads;
import io.saidwho.io.input.InputFormats;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The record checks, in their order, as the txt and jsonl formats apply them. */
class RecordParserTest {

  private static ParsedRecord txt(byte[] bytes) {
    return FormatReads.only(InputFormats.TXT, "a b.txt", bytes, 100);
  }

  private static ParsedRecord jsonl(String line) {
    return FormatReads.only(InputFormats.JSONL, "x.jsonl",
        line.getBytes(StandardCharsets.UTF_8), 100);
  }

  @Test
  void txtIdIsTheFileNameAndTitleTheFirstNonBlankLine() {
    String text = "\n  Headline here \nBody \"quoted\".\n";

    Article article = txt(text.getBytes(StandardCharsets.UTF_8)).article();

    assertThat(article.id()).isEqualTo("a b.txt");
    assertThat(article.title()).isEqualTo("Headline here");
    assertThat(article.text()).isEqualTo(text);
  }

  @Test
  void invalidUtf8IsRejectedAsNotUtf8WithTheByteOffset() {
    byte[] bytes = {'a', 'b', (byte) 0xC3, '(', 'c'};

    Reject reject = txt(bytes).reject();

    assertThat(reject.reason()).isEqualTo("not_utf8");
    assertThat(reject.stage()).isEqualTo("read");
    assertThat(reject.message()).contains("byte 2");
    assertThat(reject.articleId()).isEqualTo("a b.txt");
  }

  @Test
  void nulBytesAreBinary() {
    Reject reject = txt(new byte[] {'a', 0, 'b'}).reject();

    assertThat(reject.reason()).isEqualTo("binary");
    assertThat(reject.rawExcerpt()).isNull();
  }

  @Test
  void controlHeavyBytesAreBinary() {
    byte[] bytes = new byte[50];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }

    assertThat(txt(bytes).reject().reason()).isEqualTo("binary");
  }

  @Test
  void tooLongTextIsRejectedAsTooLarge() {
    Reject reject = txt("x".repeat(101).getBytes(StandardCharsets.UTF_8)).reject();

    assertThat(reject.reason()).isEqualTo("too_large");
    assertThat(reject.stage()).isEqualTo("validate");
    assertThat(reject.message()).contains("101", "input.max-article-chars=100");
  }

  @Test
  void fileOfMoreThanThreeBytesPerAllowedCharIsTooLargeWithoutReadingTheRest() {
    Reject reject = txt("x".repeat(301).getBytes(StandardCharsets.UTF_8)).reject();

    assertThat(reject.reason()).isEqualTo("too_large");
    assertThat(reject.message()).contains("more than 300 bytes", "input.max-article-chars=100");
    assertThat(reject.rawExcerpt()).startsWith("xxx");
  }

  @Test
  void jsonLineOverTheLineLimitIsTooLargeWithoutBeingParsed() {
    String line = "{\"id\": \"1\", \"text\": \"" + "y".repeat(70_000) + "\"}";
    RecordParser parser = new RecordParser(100);

    Reject reject = jsonl(line).reject();

    assertThat(parser.maxLineBytes()).isLessThan(line.length());
    assertThat(reject.reason()).isEqualTo("too_large");
    assertThat(reject.articleId()).isNull();
  }

  @Test
  void blankTextIsRejectedAsEmptyText() {
    assertThat(txt(" \n\t\n".getBytes(StandardCharsets.UTF_8)).reject().reason())
        .isEqualTo("empty_text");
    assertThat(jsonl("{\"id\": \"1\", \"text\": \"\"}").reject().reason())
        .isEqualTo("empty_text");
  }

  @Test
  void jsonlRecordCarriesItsMetadata() {
    Article article = jsonl("{\"id\": 7, \"text\": \"T\", \"title\": \"H\", \"url\": \"u\","
        + " \"source\": \"s\", \"published_at\": \"2024-05-17\", \"other\": [1]}").article();

    assertThat(article).isEqualTo(new Article("7", "H", "T", "s", "u", "2024-05-17"));
  }

  @Test
  void malformedJsonlIsRejectedWithAnExcerpt() {
    Reject reject = jsonl("{\"id\": \"1\", \"text\": ").reject();

    assertThat(reject.reason()).isEqualTo("malformed_json");
    assertThat(reject.stage()).isEqualTo("parse");
    assertThat(reject.rawExcerpt()).isEqualTo("{\"id\": \"1\", \"text\": ");
    assertThat(jsonl("[1, 2]").reject().reason()).isEqualTo("malformed_json");
    assertThat(jsonl("{\"id\": \"1\", \"text\": \"a\"} trailing").reject().reason())
        .isEqualTo("malformed_json");
  }

  @Test
  void jsonlWithoutIdOrTextIsRejected() {
    assertThat(jsonl("{\"text\": \"a\"}").reject().reason()).isEqualTo("missing_id");
    Reject noText = jsonl("{\"id\": \"9\", \"body\": \"a\"}").reject();
    assertThat(noText.reason()).isEqualTo("missing_text");
    assertThat(noText.articleId()).isEqualTo("9");
    assertThat(jsonl("{\"id\": \"9\", \"text\": 5}").reject().reason())
        .isEqualTo("missing_text");
  }

  @Test
  void excerptsAreCappedAtAThousandChars() {
    Reject reject = jsonl("{\"id\": \"1\", \"text\": \"" + "y".repeat(5000)).reject();

    assertThat(reject.rawExcerpt()).hasSize(Reject.EXCERPT_CHARS);
  }

  @Test
  void publishedAtForms() {
    assertThat(PublishedAt.toMicros("1970-01-01T00:00:01Z")).isEqualTo(1_000_000L);
    assertThat(PublishedAt.toMicros("1970-01-01T02:00:01+02:00")).isEqualTo(1_000_000L);
    assertThat(PublishedAt.toMicros("1970-01-01T00:00:01")).isEqualTo(1_000_000L);
    assertThat(PublishedAt.toMicros("1970-01-02")).isEqualTo(86_400_000_000L);
    assertThat(PublishedAt.toMicros("last Tuesday")).isNull();
    assertThat(PublishedAt.toMicros(null)).isNull();
  }

  @Test
  void quoteIdsAreDeterministicAndDistinct() {
    String id = QuoteIds.of("a.txt", 3, 10);

    assertThat(id).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(QuoteIds.of("a.txt", 3, 10));
    assertThat(QuoteIds.of("a.txt", 3, 11)).isNotEqualTo(id);
    assertThat(QuoteIds.of("b.txt", 3, 10)).isNotEqualTo(id);
  }
}

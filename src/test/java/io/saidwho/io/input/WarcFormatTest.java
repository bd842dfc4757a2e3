package io.saidwho.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.text.Article;
import io.saidwho.io.ParsedRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** Reading WARC files written by jwarc's own writer, with realistic news pages. */
class WarcFormatTest {

  private static final String BRIDGE_URL = "https://www.gazette.example/news/harbour-bridge";

  @TempDir Path dir;
  private final List<String> ids = new ArrayList<>();

  static byte[] page(String name) {
    try (var in = WarcFormatTest.class.getResourceAsStream("/pages/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path writeCrawl(WarcCompression compression) throws IOException {
    Path file = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
    try (TestWarc warc = new TestWarc(file, compression)) {
      ids.add(warc.page(BRIDGE_URL, page("harbour-bridge.html")));
      ids.add(warc.capture("https://courier.example/frost", 200,
          "text/html; charset=windows-1252", page("orchard-frost.html")));
      ids.add(warc.capture("https://gazette.example/gone", 404, "text/html",
          "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)));
      ids.add(warc.capture("https://gazette.example/report.pdf", 200, "application/pdf",
          "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII)));
      ids.add(warc.page("https://gazette.example/latest", page("latest-news-index.html")));
      ids.add(warc.resource("https://gazette.example/saved", page("harbour-bridge.html")));
    }
    return file;
  }

  private static List<InputRecord> read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return FormatReads.read(InputFormats.WARC, file.getFileName().toString(), bytes, 100_000);
  }

  @Test
  void everyResponseAndResourceRecordIsOneRecordAndRequestsAreNot() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
      ids.clear();
      List<InputRecord> records = read(writeCrawl(compression));

      assertThat(records).hasSize(6);
      assertThat(records).extracting(r -> r.parsed().isRejected() ? r.parsed().reject()
          .articleId() : r.parsed().article().id()).containsExactlyElementsOf(ids);
      assertThat(records).extracting(InputRecord::recordKey).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void aPageBecomesAnArticleWithItsUrlHostAndDeclaredDate() throws IOException {
    Article article = read(writeCrawl(WarcCompression.GZIP)).get(0).parsed().article();

    assertThat(article.url()).isEqualTo(BRIDGE_URL);
    assertThat(article.source()).isEqualTo("gazette.example");
    assertThat(article.publishedAt()).isEqualTo("2031-04-02T07:15:00Z");
    assertThat(article.title()).isEqualTo("Harbour bridge to reopen in May, council says");
    assertThat(article.text()).startsWith(article.title() + "\n")
        .contains("\u201cThe worst is behind us,\u201d said council leader Maria Okafor.");
  }

  @Test
  void theServersCharsetDecodesThePageAndWarcDateIsTheFallbackDate() throws IOException {
    List<InputRecord> records = read(writeCrawl(WarcCompression.GZIP));
    Article frost = records.get(1).parsed().article();
    Article saved = records.get(5).parsed().article();

    assertThat(frost.text()).contains("\u201cWe still talk about that spring,\u201d he said.");
    assertThat(frost.publishedAt()).isEqualTo("2031-05-14 06:40:00+0200");
    assertThat(saved.publishedAt()).isEqualTo("2031-04-02T07:15:00Z");
  }

  @Test
  void nonHtmlNon200AndArticlelessPagesAreRejectsWithReasons() throws IOException {
    List<InputRecord> records = read(writeCrawl(WarcCompression.GZIP));

    assertThat(reason(records.get(2))).isEqualTo("http_status");
    assertThat(records.get(2).parsed().reject().message()).contains("404");
    assertThat(reason(records.get(3))).isEqualTo("not_html");
    assertThat(records.get(3).parsed().reject().message()).contains("application/pdf");
    assertThat(reason(records.get(4))).isEqualTo("no_article_text");
  }

  @Test
  void aTruncatedRecordEndsTheFileWithOneReadErrorAfterTheRecordsBefore() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
      Path file = writeCrawl(compression);
      byte[] bytes = Files.readAllBytes(file);
      Files.write(file, Arrays.copyOf(bytes, bytes.length - 300));

      List<InputRecord> records = read(file);

      assertThat(records).as(compression.name()).hasSize(6);
      assertThat(records.subList(0, 5)).noneMatch(r -> "read_error".equals(reason(r)));
      assertThat(reason(records.get(5))).isEqualTo("read_error");
      assertThat(records.get(5).parsed().reject().stage()).isEqualTo("read");
    }
  }

  @Test
  void aPageOverTheMarkupLimitIsTooLargeWithoutBeingParsed() throws IOException {
    Path file = dir.resolve("big.warc.gz");
    try (TestWarc warc = new TestWarc(file, WarcCompression.GZIP)) {
      warc.page("https://gazette.example/big", ("<p>" + "word ".repeat(5000) + "</p>")
          .getBytes(StandardCharsets.UTF_8));
    }

    ParsedRecord parsed = FormatReads.only(InputFormats.WARC, "big.warc.gz",
        Files.readAllBytes(file), 1000);

    assertThat(parsed.reject().reason()).isEqualTo("too_large");
  }

  @Test
  void aGzippedWarcCutIntoByteRangesReadsEveryRecordExactlyOnce() throws IOException {
    Path file = dir.resolve("many.warc.gz");
    List<String> written = new ArrayList<>();
    try (TestWarc warc = new TestWarc(file, WarcCompression.GZIP)) {
      for (int i = 0; i < 12; i++) {
        written.add(warc.page("https://gazette.example/p" + i, page(i % 2 == 0
            ? "harbour-bridge.html" : "orchard-frost.html")));
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    InputFile whole = FormatReads.file(InputFormats.WARC, "many.warc.gz", bytes);
    for (long size : List.of(500L, 1777L, 4096L, (long) bytes.length / 3, (long) bytes.length)) {
      List<InputRecord> all = new ArrayList<>();
      for (FileSplit split : InputFormats.WARC.splits(whole, size)) {
        all.addAll(FormatReads.read(split, bytes, 100_000));
      }
      assertThat(all).as("split size %d", size)
          .extracting(r -> r.parsed().article().id()).containsExactlyElementsOf(written);
      assertThat(all).extracting(InputRecord::recordKey).isSorted().doesNotHaveDuplicates();
    }
    assertThat(InputFormats.WARC.splits(whole, 500)).hasSizeGreaterThan(10);
  }

  @Test
  void anUncompressedWarcIsOneSplit() {
    InputFile file = new InputFile(0, "mem:/x.warc", "mem:/x.warc", "x.warc", 1 << 30, "warc");

    assertThat(InputFormats.WARC.splits(file, 1 << 20)).hasSize(1);
  }

  private static String reason(InputRecord record) {
    return record.parsed().isRejected() ? record.parsed().reject().reason() : null;
  }
}

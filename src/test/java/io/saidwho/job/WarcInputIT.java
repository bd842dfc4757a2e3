package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.io.Schemas;
import io.saidwho.io.input.TestWarc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * WARC and HTML input end to end: crawls written by jwarc's writer with realistic news pages
 * (navigation, ads, scripts, comments, JSON-LD dates) and broken records, run through the job.
 */
class WarcInputIT {

  /** Quoted words that stand in scripts, attributes, comments, navigation and comment boxes. */
  private static final List<String> CLUTTER = List.of("never close the bridge", "Injected",
      "commented-out", "Fake paragraph", "Buy now", "Opinion", "Morning Briefing", "Live updates",
      "No new taxes", "About time", "All rights reserved", "Enable JavaScript",
      "Record harvest", "Best tractors", "hello", "Good luck", "Do not publish", "Accept",
      "Local news since", "Cable scare", "Us,");

  @TempDir static Path input;
  @TempDir static Path output;
  @TempDir static Path htmlInput;
  @TempDir static Path htmlOutput;
  private static SparkSession spark;
  private static RunSummary summary;
  private static String bridgeId;

  @BeforeAll
  static void runOverCrawls() throws Exception {
    spark = LocalSpark.start("WarcInputIT");
    try (TestWarc warc = new TestWarc(input.resolve("a-crawl.warc.gz"), WarcCompression.GZIP)) {
      bridgeId = warc.page("https://www.gazette.example/news/harbour-bridge",
          page("harbour-bridge.html"));
      warc.capture("https://courier.example/frost", 200, "text/html; charset=windows-1252",
          page("orchard-frost.html"));
      warc.capture("https://gazette.example/gone", 404, "text/html", page("latest-news-index.html"));
      warc.capture("https://gazette.example/logo.png", 200, "image/png", new byte[] {1, 2, 3});
      warc.page("https://gazette.example/latest", page("latest-news-index.html"));
    }
    Path broken = input.resolve("b-broken.warc");
    try (TestWarc warc = new TestWarc(broken, WarcCompression.NONE)) {
      warc.page("https://courier.example/frost-again", page("orchard-frost.html"));
      warc.page("https://courier.example/cut", page("harbour-bridge.html"));
    }
    byte[] bytes = Files.readAllBytes(broken);
    Files.write(broken, Arrays.copyOf(bytes, bytes.length - 500));
    try (TestWarc warc = new TestWarc(input.resolve("c-after.warc.gz"), WarcCompression.GZIP)) {
      warc.page("https://gazette.example/after", page("harbour-bridge.html"));
    }
    summary = SaidWhoJob.run(spark, LocalSpark.config(input, output, "input.format", "warc",
        "rejects.max-ratio", "1"));
    Files.write(htmlInput.resolve("bridge #1.html"), page("harbour-bridge.html"));
    Files.write(htmlInput.resolve("frost.htm"), page("orchard-frost.html"));
    Files.write(htmlInput.resolve("index.html"), page("latest-news-index.html"));
    SaidWhoJob.run(spark, LocalSpark.config(htmlInput, htmlOutput, "input.format", "html",
        "rejects.max-ratio", "1"));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static byte[] page(String name) throws IOException {
    try (InputStream in = WarcInputIT.class.getResourceAsStream("/pages/" + name)) {
      return in.readAllBytes();
    }
  }

  private static List<Row> rows(Path out, String table) {
    return LocalSpark.table(spark, out, table).collectAsList();
  }

  private static Map<String, String> texts(Path out) {
    Map<String, String> texts = new HashMap<>();
    rows(out, Schemas.ARTICLE_TEXTS).forEach(r -> texts.put(r.getAs("article_id"),
        r.getAs("text")));
    return texts;
  }

  @Test
  void responsePagesBecomeArticlesWithWarcMetadata() {
    Row bridge = rows(output, Schemas.ARTICLES).stream()
        .filter(a -> bridgeId.equals(a.getAs("article_id"))).findFirst().orElseThrow();

    assertThat((String) bridge.getAs("url"))
        .isEqualTo("https://www.gazette.example/news/harbour-bridge");
    assertThat((String) bridge.getAs("source")).isEqualTo("gazette.example");
    assertThat((String) bridge.getAs("title"))
        .isEqualTo("Harbour bridge to reopen in May, council says");
    assertThat(bridge.getAs("published_at").toString()).startsWith("2031-04-02 07:15:00");
    assertThat((int) bridge.getAs("quote_count")).isGreaterThanOrEqualTo(5);
  }

  @Test
  void everyQuoteMentionAndSentenceOffsetPointsIntoTheWrittenArticleText() {
    Map<String, String> texts = texts(output);
    assertThat(texts).hasSize(rows(output, Schemas.ARTICLES).size());
    List<Row> quotes = rows(output, Schemas.QUOTES);
    assertThat(quotes).isNotEmpty();
    for (Row q : quotes) {
      String text = texts.get((String) q.getAs("article_id"));
      assertThat(text.substring(q.getAs("begin_char"), q.getAs("end_char")))
          .isEqualTo(q.getAs("text"));
      if (q.getAs("mention_begin") != null) {
        assertThat(text.substring(q.getAs("mention_begin"), q.getAs("mention_end")))
            .isEqualTo(q.getAs("speaker_mention"));
      }
    }
    for (Row s : rows(output, Schemas.SENTENCES)) {
      assertThat(texts.get((String) s.getAs("article_id"))
          .substring(s.getAs("begin_char"), s.getAs("end_char"))).isEqualTo(s.getAs("text"));
    }
  }

  @Test
  void theReadmesOffsetCheckQueryFindsEveryQuoteAtItsOffsets() {
    LocalSpark.table(spark, output, Schemas.QUOTES).createOrReplaceTempView("quotes");
    LocalSpark.table(spark, output, Schemas.ARTICLE_TEXTS).createOrReplaceTempView("article_texts");

    List<Row> checked = spark.sql("SELECT q.quote_id, q.text,"
        + " substr(t.text, q.begin_char + 1, q.end_char - q.begin_char) AS at_offsets"
        + " FROM quotes q JOIN article_texts t ON t.article_id = q.article_id"
        + " AND t.batch_date = q.batch_date").collectAsList();

    assertThat(checked).hasSize(rows(output, Schemas.QUOTES).size())
        .allSatisfy(r -> assertThat(r.getString(2)).isEqualTo(r.getString(1)));
  }

  @Test
  void quotesInScriptsAttributesCommentsAndNavigationNeverAppear() {
    for (Path out : List.of(output, htmlOutput)) {
      for (Row q : rows(out, Schemas.QUOTES)) {
        assertThat((String) q.getAs("text")).doesNotContain(CLUTTER);
      }
    }
    assertThat(rows(output, Schemas.QUOTES)).anyMatch(q ->
        "The worst is behind us,".equals(q.getAs("text")));
  }

  @Test
  void badRecordsAreRejectsWithReasonsAndNeverStopTheBatch() {
    Map<String, Long> reasons = new HashMap<>();
    rows(output, Schemas.REJECTS).forEach(r -> reasons.merge(r.getAs("reason"), 1L, Long::sum));

    assertThat(reasons).containsEntry("http_status", 1L).containsEntry("not_html", 1L)
        .containsEntry("no_article_text", 1L).containsEntry("read_error", 1L);
    assertThat(rows(output, Schemas.ARTICLES)).extracting(a -> (String) a.getAs("url"))
        .containsExactlyInAnyOrder("https://www.gazette.example/news/harbour-bridge",
            "https://courier.example/frost", "https://courier.example/frost-again",
            "https://gazette.example/after");
    assertThat(summary.isRejectRatioExceeded()).isFalse();
  }

  @Test
  void savedPagesAreReadWithTheirFileNameAsIdAndTheSameExtraction() {
    List<Row> articles = rows(htmlOutput, Schemas.ARTICLES);

    assertThat(articles).extracting(a -> (String) a.getAs("article_id"))
        .containsExactlyInAnyOrder("bridge #1.html", "frost.htm");
    Row bridge = articles.stream().filter(a -> "bridge #1.html".equals(a.getAs("article_id")))
        .findFirst().orElseThrow();
    assertThat((String) bridge.getAs("url"))
        .isEqualTo("https://gazette.example/news/harbour-bridge");
    assertThat(texts(htmlOutput).get("frost.htm")).isEqualTo(
        texts(output).get(rows(output, Schemas.ARTICLES).stream()
            .filter(a -> "https://courier.example/frost".equals(a.getAs("url"))).findFirst()
            .orElseThrow().getAs("article_id")));
    assertThat(rows(htmlOutput, Schemas.REJECTS)).extracting(r -> (String) r.getAs("reason"))
        .containsExactly("no_article_text");
  }

  @Test
  void plainTextInputWritesNoArticleTexts(@TempDir Path in, @TempDir Path out) throws Exception {
    Files.writeString(in.resolve("a.txt"), "Headline\nShe said, \"Yes.\"\n",
        StandardCharsets.UTF_8);
    SaidWhoJob.run(spark, LocalSpark.config(in, out));

    assertThat(rows(out, Schemas.ARTICLES)).hasSize(1);
    assertThat(rows(out, Schemas.ARTICLE_TEXTS)).isEmpty();
  }
}

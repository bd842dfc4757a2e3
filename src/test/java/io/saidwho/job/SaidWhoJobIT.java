package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saidwho.io.QuoteIds;
import io.saidwho.io.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job end to end on sample-data: every table checked against the input articles. */
class SaidWhoJobIT {

  private static final Path SAMPLE = Path.of("sample-data/articles");

  @TempDir static Path output;
  private static SparkSession spark;
  private static RunSummary summary;
  private static Map<String, String> texts;

  @BeforeAll
  static void runJobOnSampleData() throws Exception {
    spark = LocalSpark.start("SaidWhoJobIT");
    summary = SaidWhoJob.run(spark, LocalSpark.config(SAMPLE, output,
        "run.batch-date", "2026-11-23"));
    texts = new HashMap<>();
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path file : files.toList()) {
        texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static List<Row> rows(String table) {
    return LocalSpark.table(spark, output, table).collectAsList();
  }

  @Test
  void everySampleArticleIsAnArticleRow() {
    List<Row> articles = rows(Schemas.ARTICLES);

    assertThat(articles).hasSize(texts.size()).hasSize(5);
    for (Row article : articles) {
      String id = article.getAs("article_id");
      assertThat(texts).containsKey(id);
      assertThat((int) article.getAs("char_count")).isEqualTo(texts.get(id).length());
      assertThat((String) article.getAs("title")).isEqualTo(texts.get(id).lines()
          .filter(l -> !l.isBlank()).findFirst().orElseThrow().strip());
      assertThat((String) article.getAs("run_id")).isEqualTo(summary.runId());
      assertThat(article.getAs("batch_date").toString()).isEqualTo("2026-11-23");
    }
    assertThat(summary.count(Schemas.ARTICLES)).isEqualTo(5);
  }

  @Test
  void sentencesMatchTheTextAndCoverEveryNonBlankChar() {
    Map<String, boolean[]> covered = new HashMap<>();
    texts.forEach((id, text) -> covered.put(id, new boolean[text.length()]));
    Map<String, Integer> perArticle = new HashMap<>();
    for (Row s : rows(Schemas.SENTENCES)) {
      String id = s.getAs("article_id");
      int begin = s.getAs("begin_char");
      int end = s.getAs("end_char");
      assertThat((String) s.getAs("text")).isEqualTo(texts.get(id).substring(begin, end));
      for (int i = begin; i < end; i++) {
        assertThat(covered.get(id)[i]).as("char %d of %s in two sentences", i, id).isFalse();
        covered.get(id)[i] = true;
      }
      perArticle.merge(id, 1, Integer::sum);
    }
    covered.forEach((id, marks) -> {
      for (int i = 0; i < marks.length; i++) {
        assertThat(marks[i] || isBlank(texts.get(id).charAt(i)))
            .as("char %d of %s outside every sentence", i, id).isTrue();
      }
    });
    for (Row article : rows(Schemas.ARTICLES)) {
      assertThat(perArticle.get((String) article.getAs("article_id")))
          .isEqualTo(article.getAs("sentence_count"));
    }
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  @Test
  void everyQuoteTextIsTheArticleTextAtItsOffsets() {
    List<Row> quotes = rows(Schemas.QUOTES);

    assertThat(quotes).isNotEmpty();
    for (Row q : quotes) {
      String text = texts.get((String) q.getAs("article_id"));
      int begin = q.getAs("begin_char");
      int end = q.getAs("end_char");
      assertThat(begin).isBetween(0, end);
      assertThat((String) q.getAs("text")).isEqualTo(text.substring(begin, end));
      assertThat((String) q.getAs("kind")).isIn("direct", "partial", "non-speech");
      assertThat((int) q.getAs("sentence_begin")).isLessThan(q.getAs("sentence_end"));
      assertThat((double) q.getAs("confidence")).isBetween(0.0, 1.0);
    }
  }

  @Test
  void quoteIdsAreUniqueAndDeterministic() {
    Set<String> ids = new HashSet<>();
    for (Row q : rows(Schemas.QUOTES)) {
      String id = q.getAs("quote_id");
      assertThat(ids.add(id)).as("duplicate quote_id %s", id).isTrue();
      assertThat(id).isEqualTo(QuoteIds.of(q.getAs("article_id"), q.getAs("begin_char"),
          q.getAs("end_char")));
    }
  }

  @Test
  void articleCountsAgreeWithTheQuotesTable() {
    Map<String, Integer> quotes = new HashMap<>();
    Map<String, Integer> attributed = new HashMap<>();
    for (Row q : rows(Schemas.QUOTES)) {
      quotes.merge(q.getAs("article_id"), 1, Integer::sum);
      attributed.merge(q.getAs("article_id"), q.getAs("speaker") == null ? 0 : 1, Integer::sum);
    }
    for (Row a : rows(Schemas.ARTICLES)) {
      String id = a.getAs("article_id");
      assertThat((int) a.getAs("quote_count")).isEqualTo(quotes.getOrDefault(id, 0));
      assertThat((int) a.getAs("attributed_count")).isEqualTo(attributed.getOrDefault(id, 0));
    }
  }

  @Test
  void speakerCountsAgreeWithTheQuotesTable() {
    Map<String, Long> quotes = new HashMap<>();
    Map<String, Set<String>> articles = new HashMap<>();
    Map<String, Set<String>> aliases = new HashMap<>();
    for (Row q : rows(Schemas.QUOTES)) {
      String id = q.getAs("speaker_id");
      assertThat(id == null).isEqualTo(q.getAs("speaker") == null);
      if (id != null) {
        quotes.merge(id, 1L, Long::sum);
        articles.computeIfAbsent(id, s -> new HashSet<>()).add(q.getAs("article_id"));
        aliases.computeIfAbsent(id, s -> new HashSet<>()).add(q.getAs("speaker"));
      }
    }
    List<Row> speakers = rows(Schemas.SPEAKERS);
    assertThat(speakers).hasSize(quotes.size());
    for (Row s : speakers) {
      String id = s.getAs("speaker_id");
      assertThat((long) s.getAs("quote_count")).isEqualTo(quotes.get(id));
      assertThat((long) s.getAs("article_count")).isEqualTo(articles.get(id).size());
      assertThat(s.<String>getList(s.fieldIndex("aliases"))).isSorted()
          .containsExactlyInAnyOrderElementsOf(aliases.get(id));
    }
  }

  @Test
  void configuredSieveOrderIsTheOnlyOneUsed(@TempDir Path cueOnly) throws Exception {
    SaidWhoJob.run(spark, LocalSpark.config(SAMPLE, cueOnly,
        "run.batch-date", "2026-11-23", "attribution.sieves", "cue-adjacency"));

    List<Row> quotes = LocalSpark.table(spark, cueOnly, "quotes").collectAsList();
    assertThat(quotes).hasSameSizeAs(rows("quotes"));
    assertThat(quotes).extracting(q -> (String) q.getAs("sieve"))
        .containsOnly("cue-adjacency", "none")
        .contains("none");
    assertThat(rows("quotes")).extracting(q -> (String) q.getAs("sieve"))
        .as("the default order uses more sieves")
        .contains("pronoun", "continuation");
  }

  @Test
  void aSmallBatchIsOneFilePerTable() throws IOException {
    for (String table : Schemas.TABLES) {
      try (Stream<Path> files = Files.list(output.resolve(table).resolve("batch_date=2026-11-23"))) {
        assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".parquet")))
            .as(table).hasSize(1);
      }
    }
  }

  @Test
  void rejectsAreEmpty() {
    assertThat(rows(Schemas.REJECTS)).isEmpty();
    assertThat(summary.rejectsByReason()).isEmpty();
    assertThat(summary.isRejectRatioExceeded()).isFalse();
  }

  @Test
  void manifestRecordsTheRun() throws IOException {
    Path manifest = output.resolve("_manifests").resolve(summary.runId() + ".json");
    JsonNode json = new ObjectMapper().readTree(manifest.toFile());

    assertThat(json.get("run_id").asText()).isEqualTo(summary.runId());
    assertThat(json.get("batch_date").asText()).isEqualTo("2026-11-23");
    assertThat(json.get("status").asText()).isEqualTo("succeeded");
    for (String table : Schemas.TABLES) {
      assertThat(json.get("counts").get(table).asLong())
          .isEqualTo(summary.count(table)).isEqualTo(rows(table).size());
    }
    assertThat(json.get("versions").get("spark").asText()).isEqualTo(spark.version());
    assertThat(json.get("config").get("run.batch-date").asText()).isEqualTo("2026-11-23");
    assertThat(json.get("stage_seconds").get("analyze").asDouble())
        .isCloseTo(summary.analyzeSeconds(), within(1e-9));
  }
}

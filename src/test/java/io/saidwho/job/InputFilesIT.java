package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saidwho.io.ArticleSource;
import io.saidwho.io.InputFiles;
import io.saidwho.io.PathChecks;
import io.saidwho.io.Schemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids and files (issue 9, item 5), in the BadInputIT style: one run over a folder of awkward
 * names, gzipped inputs, repeated ids and files that are not read, then one test per convention.
 */
class InputFilesIT {

  private static final String GOOD = "Headline\nThe mayor said, \"We will rebuild the bridge.\"\n";
  private static final List<String> ODD_NAMES =
      List.of("x#y.txt", "q?x.txt", "%41.txt", "a:b.txt", "[b].txt");

  @TempDir static Path input;
  @TempDir static Path output;
  private static SparkSession spark;
  private static List<Row> articles;
  private static List<Row> rejects;
  private static List<Row> quotes;
  private static JsonNode manifest;

  @BeforeAll
  static void runOverAwkwardInput() throws Exception {
    spark = LocalSpark.start("InputFilesIT");
    for (String name : ODD_NAMES) {
      Files.writeString(input.resolve(name), GOOD);
    }
    Files.writeString(input.resolve("qax.txt"), GOOD);
    Files.write(input.resolve("plain.txt.gz"), gzip(GOOD));
    Files.write(input.resolve("feed.jsonl.gz"), gzip(line("d1", "Gz copy.") + line("g1", "One.")));
    Files.writeString(input.resolve("dup.jsonl"), line("d1", "Kim said: \\\"First.\\\"")
        + line("x#y.txt", "A line whose id is a file name.") + line("d1", "Second copy."));
    Files.writeString(input.resolve("notes.md"), "not an input extension");
    Files.createDirectory(input.resolve("sub"));
    Files.createSymbolicLink(input.resolve("gone.txt"), input.resolve("nowhere.txt"));
    SaidWhoJob.run(spark, LocalSpark.config(input, output, "rejects.max-ratio", "1"));
    articles = LocalSpark.table(spark, output, Schemas.ARTICLES).collectAsList();
    rejects = LocalSpark.table(spark, output, Schemas.REJECTS).collectAsList();
    quotes = LocalSpark.table(spark, output, Schemas.QUOTES).collectAsList();
    try (var manifests = Files.list(output.resolve("_manifests"))) {
      manifest = new ObjectMapper().readTree(manifests.findFirst().orElseThrow().toFile());
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String line(String id, String text) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}\n";
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static List<String> ids(List<Row> rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.getAs("article_id")));
    return ids;
  }

  @Test
  void anIdFromAFileNameIsTheExactFileName() {
    assertThat(ids(articles)).containsAll(List.of("q?x.txt", "%41.txt", "a:b.txt", "[b].txt"))
        .contains("qax.txt");
    for (Row article : articles) {
      String id = article.getAs("article_id");
      if (id.endsWith(".txt") && !id.equals("x#y.txt")) {
        assertThat((String) article.getAs("input_file")).endsWith("/" + id);
      }
    }
  }

  @Test
  void gzippedTxtAndJsonLinesAreRead() {
    assertThat(ids(articles)).contains("plain.txt.gz", "g1");
  }

  @Test
  void everyCopyOfAnIdAfterTheFirstInInputOrderIsADuplicateIdReject() {
    List<Row> duplicates = rejects.stream()
        .filter(r -> "duplicate_id".equals(r.getAs("reason"))).toList();

    assertThat(ids(duplicates)).containsExactlyInAnyOrder("d1", "d1", "x#y.txt");
    assertThat(ids(articles)).doesNotHaveDuplicates().contains("d1", "x#y.txt");
    Row d1 = articles.stream().filter(a -> "d1".equals(a.getAs("article_id"))).findFirst()
        .orElseThrow();
    assertThat((String) d1.getAs("input_file")).endsWith("/dup.jsonl");
    Row file = articles.stream().filter(a -> "x#y.txt".equals(a.getAs("article_id")))
        .findFirst().orElseThrow();
    assertThat((String) file.getAs("input_file")).endsWith("/dup.jsonl");
    assertThat(duplicates).allSatisfy(r -> assertThat((String) r.getAs("message"))
        .contains("earlier record"));
  }

  @Test
  void theRowsOfALaterCopyAreDroppedFromEveryTable() {
    Row d1 = articles.stream().filter(a -> "d1".equals(a.getAs("article_id"))).findFirst()
        .orElseThrow();
    long d1Quotes = quotes.stream().filter(q -> "d1".equals(q.getAs("article_id"))).count();

    assertThat(d1Quotes).isEqualTo((int) d1.getAs("quote_count")).isEqualTo(1);
    assertThat(manifest.at("/counts/articles").asLong()).isEqualTo(articles.size());
    assertThat(manifest.at("/counts/rejects").asLong()).isEqualTo(rejects.size());
    assertThat(manifest.at("/counts/quotes").asLong()).isEqualTo(quotes.size());
    assertThat(manifest.at("/rejects_by_reason/duplicate_id").asLong()).isEqualTo(3);
  }

  @Test
  void listedFilesThatAreNotReadAreInTheManifestWithTheirReason() {
    List<String> skipped = new ArrayList<>();
    manifest.get("skipped_files").forEach(f -> skipped.add(
        Path.of(f.get("path").asText()).getFileName() + " " + f.get("reason").asText()));

    assertThat(skipped).containsExactlyInAnyOrder("notes.md unknown_extension",
        "sub directory", "gone.txt dangling_link");
    assertThat(manifest.at("/input_files/txt").asInt()).isEqualTo(ODD_NAMES.size() + 2);
    assertThat(manifest.at("/input_files/jsonl").asInt()).isEqualTo(2);
  }

  @Test
  void aFileThatVanishesBeforeItIsReadIsAReadReject(@TempDir Path in) throws Exception {
    Files.writeString(in.resolve("stays.txt"), GOOD);
    Files.writeString(in.resolve("vanishes.txt"), GOOD);
    InputFiles files = PathChecks.listInputs(LocalSpark.config(in, output), spark
        .sparkContext().hadoopConfiguration());
    Files.delete(in.resolve("vanishes.txt"));

    List<Row> records = ArticleSource.read(spark, files, 1000).collectAsList();

    assertThat(records).hasSize(2);
    Row gone = records.stream().filter(r -> "vanishes.txt".equals(r.getAs("article_id")))
        .findFirst().orElseThrow();
    assertThat((String) gone.getAs("reason")).isEqualTo("file_not_found");
    assertThat((String) gone.getAs("stage")).isEqualTo("read");
  }
}

package io.saidwho.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: deterministic by seed, valid JSONL, news-like quoting. */
class CorpusGeneratorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void sameSeedGivesSameBytesAndOtherSeedDiffers() throws IOException {
    CorpusGenerator.Spec spec = new CorpusGenerator.Spec(120, 7, "jsonl", 50);
    CorpusGenerator.generate(spec, tmp.resolve("a"));
    CorpusGenerator.generate(spec, tmp.resolve("b"));
    CorpusGenerator.generate(new CorpusGenerator.Spec(120, 8, "jsonl", 50), tmp.resolve("c"));

    for (String part : List.of("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl")) {
      byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(part));
      assertThat(a).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(part)));
      assertThat(a).isNotEqualTo(Files.readAllBytes(tmp.resolve("c").resolve(part)));
    }
  }

  @Test
  void shardSizeDoesNotChangeTheArticles() throws IOException {
    CorpusGenerator.generate(new CorpusGenerator.Spec(30, 3, "jsonl", 7), tmp.resolve("small"));
    CorpusGenerator.generate(new CorpusGenerator.Spec(30, 3, "jsonl", 100), tmp.resolve("one"));

    assertThat(concatenatedParts(tmp.resolve("small")))
        .isEqualTo(concatenatedParts(tmp.resolve("one")));
  }

  @Test
  void everyLineParsesWithTheJobsKeysAndArticlesHaveQuotesAndNarration() throws IOException {
    CorpusGenerator.generate(new CorpusGenerator.Spec(200, 11, "jsonl", 1000), tmp);
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(tmp.resolve("part-00000.jsonl"))) {
      records.add(JSON.readTree(line));
    }

    assertThat(records).hasSize(200);
    assertThat(records.stream().map(r -> r.get("id").asText()).distinct()).hasSize(200);
    int paragraphs = 0;
    int withoutQuotes = 0;
    for (JsonNode record : records) {
      assertThat(record.fieldNames())
          .toIterable()
          .containsExactly("id", "title", "text", "source", "url", "published_at");
      String[] lines = record.get("text").asText().split("\n");
      assertThat(lines.length).isBetween(8, 40);
      paragraphs += lines.length;
      withoutQuotes += (int) Stream.of(lines).filter(p -> !hasQuoteMark(p)).count();
    }
    assertThat(withoutQuotes / (double) paragraphs).isBetween(0.2, 0.6);
  }

  @Test
  void corpusHasBothTypographicAndAsciiQuotesAndApostrophes() throws IOException {
    CorpusGenerator.generate(new CorpusGenerator.Spec(200, 5, "jsonl", 1000), tmp);
    String all = Files.readString(tmp.resolve("part-00000.jsonl"));

    assertThat(all).contains("\u201C", "\u201D", "\u2019", "\\\"", "'s ");
    assertThat(all).contains(" said, \u201C", ",\u201D said ", "according to", ": \u201C");
  }

  @Test
  void txtFormatWritesOneFilePerArticleWithTitleFirst() throws IOException {
    CorpusGenerator.generate(new CorpusGenerator.Spec(5, 9, "txt", 2), tmp);

    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")))
          .hasSize(5)
          .contains("gen-9-00000000.txt", "gen-9-00000004.txt");
    }
    assertThat(Files.readAllLines(tmp.resolve("gen-9-00000002.txt")).size()).isGreaterThan(8);
  }

  @Test
  void existsOnlyForTheSameSpec() throws IOException {
    CorpusGenerator.Spec spec = new CorpusGenerator.Spec(10, 1, "jsonl", 5);
    assertThat(CorpusGenerator.exists(spec, tmp)).isFalse();
    CorpusGenerator.generate(spec, tmp);

    assertThat(CorpusGenerator.exists(spec, tmp)).isTrue();
    assertThat(CorpusGenerator.exists(new CorpusGenerator.Spec(11, 1, "jsonl", 5), tmp)).isFalse();
  }

  @Test
  void rejectsUnknownFormat() {
    assertThatThrownBy(() -> new CorpusGenerator.Spec(1, 1, "xml", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format must be jsonl or txt, not xml");
  }

  private static boolean hasQuoteMark(String paragraph) {
    return paragraph.indexOf('"') >= 0 || paragraph.indexOf('\u201C') >= 0;
  }

  private static String concatenatedParts(Path dir) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path part : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        all.append(Files.readString(part));
      }
    }
    return all.toString();
  }
}

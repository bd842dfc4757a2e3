package io.saidwho.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigLoaderTest {

  private static final String MINIMAL =
      "{\"input\": {\"path\": \"in\"}, \"output\": {\"path\": \"out\"}}";

  private static JobConfig parse(String json, Map<String, String> overrides)
      throws ConfigException {
    return JobConfigLoader.parse(json, overrides, "test.json");
  }

  private static ConfigException failure(String json, Map<String, String> overrides) {
    return catchThrowableOfType(ConfigException.class, () -> parse(json, overrides));
  }

  @Test
  void minimalConfigGetsTheDocumentedDefaults() throws ConfigException {
    JobConfig config = parse(MINIMAL, Map.of());

    assertThat(config.inputPaths()).containsExactly("in");
    assertThat(config.inputFormat()).isNull();
    assertThat(config.maxArticleChars()).isEqualTo(JobConfig.DEFAULT_MAX_ARTICLE_CHARS);
    assertThat(config.outputPath()).isEqualTo("out");
    assertThat(config.filesPerPartition()).isNull();
    assertThat(config.batchDate()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
    assertThat(config.rejectsMaxRatio()).isEqualTo(JobConfig.DEFAULT_REJECTS_MAX_RATIO);
    assertThat(config.attributionSieves()).isNull();
    assertThat(config.sparkMaster()).isEqualTo("local[*]");
    assertThat(config.appName()).isEqualTo("saidwho");
  }

  @Test
  void everyKeyIsRead() throws ConfigException {
    String json = "{\"input\": {\"path\": \"a, b\", \"format\": \"jsonl\","
        + " \"max-article-chars\": 10}, \"output\": {\"path\": \"o\", \"files-per-partition\": 3},"
        + " \"run\": {\"batch-date\": \"2026-01-31\"}, \"rejects\": {\"max-ratio\": 0.25},"
        + " \"attribution\": {\"sieves\": [\"pronoun\", \"cue-adjacency\"]},"
        + " \"spark\": {\"master\": \"local[2]\", \"app-name\": \"x\"}}";

    JobConfig config = parse(json, Map.of());

    assertThat(config.inputPaths()).containsExactly("a", "b");
    assertThat(config.inputFormat()).isEqualTo("jsonl");
    assertThat(config.maxArticleChars()).isEqualTo(10);
    assertThat(config.filesPerPartition()).isEqualTo(3);
    assertThat(config.batchDate()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(config.rejectsMaxRatio()).isEqualTo(0.25);
    assertThat(config.attributionSieves()).containsExactly("pronoun", "cue-adjacency");
    assertThat(config.sparkMaster()).isEqualTo("local[2]");
    assertThat(config.appName()).isEqualTo("x");
  }

  @Test
  void unknownKeyIsNamed() {
    ConfigException e = failure(
        "{\"input\": {\"path\": \"in\", \"pth\": 1}, \"output\": {\"path\": \"o\"}}", Map.of());

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0)).startsWith("input.pth: unknown key");
    assertThat(e.getMessage()).contains("test.json").contains("input.pth");
  }

  @Test
  void badValuesNameTheirKey() {
    assertThat(failure(MINIMAL, Map.of("run.batch-date", "2026-13-01")).problems())
        .singleElement().asString().startsWith("run.batch-date:").contains("2026-13-01");
    assertThat(failure(MINIMAL, Map.of("rejects.max-ratio", "1.5")).problems())
        .singleElement().asString().startsWith("rejects.max-ratio:");
    assertThat(failure(MINIMAL, Map.of("input.max-article-chars", "-3")).problems())
        .singleElement().asString().startsWith("input.max-article-chars:");
    assertThat(failure(MINIMAL, Map.of("input.format", "xml")).problems())
        .singleElement().asString().startsWith("input.format:").contains("xml");
    assertThat(failure(MINIMAL, Map.of("output.files-per-partition", "many")).problems())
        .singleElement().asString().startsWith("output.files-per-partition:");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String json = "{\"input\": {\"format\": \"pdf\"}, \"colour\": \"blue\","
        + " \"rejects\": {\"max-ratio\": \"lots\"}}";

    ConfigException e = failure(json, Map.of("run.batch-date", "tomorrow", "extra.key", "1"));

    assertThat(e.problems()).hasSize(7);
    assertThat(String.join("\n", e.problems()))
        .contains("colour: unknown key", "extra.key: unknown key", "input.path: required",
            "output.path: required", "input.format:", "rejects.max-ratio:", "run.batch-date:");
  }

  @Test
  void overridesWinOverTheFile() throws ConfigException {
    JobConfig config = parse(MINIMAL, Map.of("output.path", "/tmp/x",
        "run.batch-date", "2026-11-23", "attribution.sieves", "a,b"));

    assertThat(config.outputPath()).isEqualTo("/tmp/x");
    assertThat(config.batchDate()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(config.attributionSieves()).containsExactly("a", "b");
    assertThat(config.settings()).containsEntry("output.path", "/tmp/x");
  }

  @Test
  void overridesCanSupplyRequiredKeys() throws ConfigException {
    JobConfig config = parse("{}", Map.of("input.path", "i", "output.path", "o"));

    assertThat(config.inputPaths()).isEqualTo(List.of("i"));
  }

  @Test
  void dottedKeysInTheFileAreTheSameKeys() throws ConfigException {
    JobConfig config = parse("{\"input.path\": \"i\", \"output\": {\"path\": \"o\"}}", Map.of());

    assertThat(config.inputPaths()).containsExactly("i");
  }

  @Test
  void malformedJsonIsReported() {
    assertThat(failure("{\"input\": ", Map.of()).getMessage()).contains("not valid JSON");
    assertThat(failure("{\"a\": 1, \"a\": 2}", Map.of()).getMessage()).contains("not valid JSON");
  }

  @Test
  void loadReadsTheFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(file, MINIMAL);

    assertThat(JobConfigLoader.load(file, Map.of()).outputPath()).isEqualTo("out");
    assertThatThrownBy(() -> JobConfigLoader.load(dir.resolve("nope.json"), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("nope.json");
  }

  @Test
  void shippedConfigFilesAreValid() throws ConfigException {
    assertThat(JobConfigLoader.load(Path.of("conf/local.json"), Map.of()).outputPath())
        .isEqualTo("out");
    assertThat(JobConfigLoader.load(Path.of("conf/cluster.json"), Map.of()).outputPath())
        .startsWith("hdfs://");
  }

  @Test
  void emptySieveListIsAnErrorNotTheDefault() {
    String json = "{\"input\": {\"path\": \"in\"}, \"output\": {\"path\": \"out\"},"
        + " \"attribution\": {\"sieves\": []}}";

    assertThat(failure(json, Map.of()).problems()).singleElement().asString()
        .startsWith("attribution.sieves:").contains("empty list");
  }

  @Test
  void integerKeysAcceptExponentAndTrailingZeroFraction() throws ConfigException {
    String json = "{\"input\": {\"path\": \"in\", \"max-article-chars\": 1e6},"
        + " \"output\": {\"path\": \"out\", \"files-per-partition\": 4.0}}";

    JobConfig config = parse(json, Map.of());

    assertThat(config.maxArticleChars()).isEqualTo(1_000_000);
    assertThat(config.filesPerPartition()).isEqualTo(4);
    assertThat(parse(MINIMAL, Map.of("input.max-article-chars", "1000000.0")).maxArticleChars())
        .isEqualTo(1_000_000);
    assertThat(parse(MINIMAL, Map.of("input.max-article-chars", "2E3")).maxArticleChars())
        .isEqualTo(2000);
  }

  @Test
  void integerKeysRejectFractionsAndValuesBeyondInt() {
    for (String bad : List.of("1.5", "1e10", "0", "0.0", "-1e3", "1e")) {
      assertThat(failure(MINIMAL, Map.of("input.max-article-chars", bad)).problems()).as(bad)
          .singleElement().asString().startsWith("input.max-article-chars:").contains(bad);
    }
  }

  @Test
  void nullInAPathListIsAnErrorNamingTheKeyAndItem() {
    String json = "{\"input\": {\"path\": [\"a\", null]}, \"output\": {\"path\": \"out\"}}";

    assertThat(failure(json, Map.of()).problems()).singleElement().asString()
        .startsWith("input.path:").contains("item 2", "null");
  }

  @Test
  void nonStringItemsInAListAreErrorsNamingTheKey() {
    String json = "{\"input\": {\"path\": [\"a\", {\"b\": 1}]}, \"output\": {\"path\": \"o\"}}";

    assertThat(failure(json, Map.of()).problems()).singleElement().asString()
        .startsWith("input.path:").contains("item 2");
  }

  @Test
  void sparkMasterMustBeAMasterUrl() throws ConfigException {
    for (String good : List.of("local", "local[2]", "local[*]", "local[4,3]", "local[*,2]",
        "spark://a:7077", "spark://a:7077,b:7077", "yarn", "k8s://https://k8s:6443")) {
      assertThat(parse(MINIMAL, Map.of("spark.master", good)).sparkMaster()).isEqualTo(good);
    }
    for (String bad : List.of("locale", "local[0]", "local[two]", "spark://nohost", "mesos")) {
      assertThat(failure(MINIMAL, Map.of("spark.master", bad)).problems()).as(bad)
          .singleElement().asString().startsWith("spark.master:").contains(bad);
    }
  }

  @Test
  void outputFormatIsParquetByDefaultOrDelta() throws ConfigException {
    assertThat(parse(MINIMAL, Map.of()).outputFormat()).isEqualTo(OutputFormat.PARQUET);
    assertThat(parse(MINIMAL, Map.of("output.format", "delta")).outputFormat())
        .isEqualTo(OutputFormat.DELTA);
    assertThat(failure(MINIMAL, Map.of("output.format", "iceberg")).problems()).singleElement()
        .asString().startsWith("output.format:").contains("iceberg");
  }

  @Test
  void utf8ByteOrderMarkBeforeTheJsonIsAccepted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF" + MINIMAL);

    assertThat(JobConfigLoader.load(file, Map.of()).outputPath()).isEqualTo("out");
  }
}

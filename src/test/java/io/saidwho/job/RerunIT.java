package io.saidwho.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.io.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rerun semantics: a batch date's partition is replaced, other dates stay. */
class RerunIT {

  private static final String DAY_ONE = "2026-01-01";
  private static final String DAY_TWO = "2026-01-02";

  @TempDir static Path input;
  @TempDir static Path output;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws Exception {
    spark = LocalSpark.start("RerunIT");
    Files.writeString(input.resolve("a.txt"), "Headline A\nShe said, \"We will rebuild.\"\n");
    Files.writeString(input.resolve("b.txt"), "Headline B\n\"Not today,\" he said.\n");
    Files.writeString(input.resolve("c.jsonl"), "{\"id\": \"c1\", \"text\": \"A \\\"quote\\\".\"}\n"
        + "{broken\n");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Map<String, Long> countsByTable(String batchDate) {
    Map<String, Long> counts = new HashMap<>();
    for (String table : Schemas.TABLES) {
      counts.put(table, LocalSpark.table(spark, output, table)
          .filter(col("batch_date").cast("string").equalTo(batchDate)).count());
    }
    return counts;
  }

  private static List<String> quoteIds(String batchDate) {
    return LocalSpark.table(spark, output, Schemas.QUOTES)
        .filter(col("batch_date").cast("string").equalTo(batchDate))
        .select("quote_id").orderBy("quote_id").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
  }

  @Test
  void sameBatchDateTwiceReplacesThePartitionAndANewDateAddsOne() throws Exception {
    RunSummary first = SaidWhoJob.run(spark,
        LocalSpark.config(input, output, "run.batch-date", DAY_ONE));
    Map<String, Long> afterFirst = countsByTable(DAY_ONE);
    List<String> firstIds = quoteIds(DAY_ONE);

    RunSummary second = SaidWhoJob.run(spark,
        LocalSpark.config(input, output, "run.batch-date", DAY_ONE));

    assertThat(countsByTable(DAY_ONE)).isEqualTo(afterFirst);
    assertThat(afterFirst.get(Schemas.ARTICLES)).isEqualTo(3);
    assertThat(afterFirst.get(Schemas.REJECTS)).isEqualTo(1);
    assertThat(quoteIds(DAY_ONE)).isEqualTo(firstIds).isNotEmpty();
    assertThat(second.runId()).isNotEqualTo(first.runId());
    assertThat(LocalSpark.table(spark, output, Schemas.ARTICLES).select("run_id").distinct()
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactly(second.runId());

    SaidWhoJob.run(spark, LocalSpark.config(input, output, "run.batch-date", DAY_TWO));

    assertThat(countsByTable(DAY_TWO)).isEqualTo(afterFirst);
    assertThat(countsByTable(DAY_ONE)).isEqualTo(afterFirst);
    assertThat(LocalSpark.table(spark, output, Schemas.ARTICLES).count()).isEqualTo(6);
    assertThat(output.resolve("_manifests")).isDirectoryContaining("glob:**/*.json");
  }

  @Test
  void aRerunWithoutRejectsEmptiesTheRejectsPartition() throws Exception {
    Path clean = Files.createDirectories(input.resolveSibling(input.getFileName() + "-clean"));
    Files.writeString(clean.resolve("a.txt"), "Headline A\nShe said, \"We will rebuild.\"\n");
    Path out = Files.createDirectories(output.resolveSibling(output.getFileName() + "-2"));
    SaidWhoJob.run(spark, LocalSpark.config(input, out, "run.batch-date", DAY_ONE));
    assertThat(LocalSpark.table(spark, out, Schemas.REJECTS).count()).isEqualTo(1);

    SaidWhoJob.run(spark, LocalSpark.config(clean, out, "run.batch-date", DAY_ONE));

    List<Row> rejects = LocalSpark.table(spark, out, Schemas.REJECTS).collectAsList();
    assertThat(rejects).isEmpty();
    assertThat(LocalSpark.table(spark, out, Schemas.ARTICLES).count()).isEqualTo(1);
  }
}

package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.io.Schemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the schema of every table: the DDL below must equal {@link Schemas}, the schema Spark reads
 * back from the written Parquet, and the DDL printed in README.md. A change to a table's columns
 * must change all four together.
 */
class SchemaIT {

  private static final Map<String, String> PINNED = Map.of(
      "articles", "article_id STRING, input_file STRING, title STRING, source STRING,"
          + " url STRING, published_at TIMESTAMP, char_count INT, token_count INT, sentence_count INT,"
          + " quote_count INT, attributed_count INT, run_id STRING, batch_date DATE",
      "sentences", "article_id STRING, sentence_index INT, paragraph_index INT, begin_char INT,"
          + " end_char INT, text STRING, run_id STRING, batch_date DATE",
      "quotes", "quote_id STRING, article_id STRING, begin_char INT, end_char INT, text STRING,"
          + " kind STRING, closed BOOLEAN, sentence_begin INT, sentence_end INT,"
          + " speaker STRING, speaker_title STRING, speaker_type STRING,"
          + " speaker_mention STRING, mention_begin INT, mention_end INT, cue STRING,"
          + " sieve STRING, confidence DOUBLE, quotation_id STRING, speaker_id STRING,"
          + " run_id STRING, batch_date DATE",
      "speakers", "speaker_id STRING, speaker STRING, aliases ARRAY<STRING>,"
          + " speaker_type STRING, quote_count BIGINT, article_count BIGINT, run_id STRING,"
          + " batch_date DATE",
      "quotations", "quotation_id STRING, text STRING, word_count INT, occurrences BIGINT,"
          + " article_count BIGINT, first_published_at TIMESTAMP, last_published_at TIMESTAMP,"
          + " speaker_id STRING, speaker STRING, speaker_share DOUBLE,"
          + " speaker_votes ARRAY<STRUCT<speaker_id: STRING, speaker: STRING, count: BIGINT>>,"
          + " run_id STRING, batch_date DATE",
      "rejects", "article_id STRING, input_file STRING, stage STRING, reason STRING,"
          + " message STRING, raw_excerpt STRING, run_id STRING, batch_date DATE",
      "article_texts", "article_id STRING, input_file STRING, text STRING, run_id STRING,"
          + " batch_date DATE");

  @TempDir static Path input;
  @TempDir static Path output;
  private static SparkSession spark;

  @BeforeAll
  static void runOnce() throws Exception {
    spark = LocalSpark.start("SchemaIT");
    Files.writeString(input.resolve("a.jsonl"),
        "{\"id\": \"1\", \"text\": \"Kim said: \\\"We won.\\\"\", \"published_at\": \"2024-05-17\"}\n"
            + "not json\n");
    SaidWhoJob.run(spark, LocalSpark.config(input, output, "run.batch-date", "2026-03-04"));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void schemasDeclareThePinnedDdl() {
    for (String table : Schemas.TABLES) {
      assertThat(Schemas.schema(table)).as(table)
          .isEqualTo(StructType.fromDDL(PINNED.get(table)));
    }
    assertThat(PINNED.keySet()).containsExactlyInAnyOrderElementsOf(Schemas.TABLES);
  }

  @Test
  void writtenParquetReadsBackWithThePinnedSchema() {
    for (String table : Schemas.TABLES) {
      StructType read = LocalSpark.table(spark, output, table).schema();
      assertThat(read.toDDL()).as(table)
          .isEqualTo(StructType.fromDDL(PINNED.get(table)).toDDL());
    }
  }

  @Test
  void readmePrintsThePinnedDdl() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String table : Schemas.TABLES) {
      assertThat(readme).as(table).contains(table + ": " + Schemas.ddl(table));
    }
  }

  @Test
  void publishedAtIsAUtcTimestamp() {
    Object value = LocalSpark.table(spark, output, "articles").first().getAs("published_at");

    assertThat(value.toString()).startsWith("2024-05-17 00:00:00");
  }
}

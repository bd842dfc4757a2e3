package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.config.JobConfigLoader;
import io.saidwho.job.SaidWhoJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: with {@code output.format=delta} the tables are Delta tables that Spark SQL reads as
 * {@code delta.`path`}, and every ```sql query of README.md gives the same answer on them as on
 * the Parquet tables of the same input. Both runs are in-process on one session with Delta's
 * extension and catalog.
 */
class DeltaSqlIT {

  private static final Path README = Path.of("README.md").toAbsolutePath();

  private static Path delta;
  private static Path parquet;
  private static SparkSession spark;

  @BeforeAll
  static void runBothFormats() throws Exception {
    Path dir = ItDirs.fresh("DeltaSqlIT");
    delta = dir.resolve("out-delta");
    parquet = dir.resolve("out-parquet");
    Path rejected = TestCorpus.writeRejectedInput(dir.resolve("rejected-input"));
    Path wire = TestCorpus.writeRepeatedStatement(dir.resolve("wire-input"));
    String inputs = TestCorpus.SAMPLE_ARTICLES + "," + rejected + "," + wire;
    spark = LocalSpark.startWithDelta("DeltaSqlIT");
    SaidWhoJob.run(spark, JobConfigLoader.load(JobConfFile.write(dir.resolve("delta.json"),
        inputs, delta), Map.of("output.format", "delta")));
    SaidWhoJob.run(spark, JobConfigLoader.load(JobConfFile.write(dir.resolve("parquet.json"),
        inputs, parquet), Map.of()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static void registerDelta() {
    for (String table : OutputTables.NAMES) {
      spark.sql("CREATE OR REPLACE TEMPORARY VIEW " + table + " AS SELECT * FROM delta.`"
          + delta.resolve(table) + "`");
    }
  }

  private static void registerParquet() {
    for (String table : OutputTables.NAMES) {
      spark.read().parquet(parquet.resolve(table).toString()).createOrReplaceTempView(table);
    }
  }

  @Test
  void deltaTablesHoldTheRowsOfTheParquetTables() {
    for (String table : OutputTables.NAMES) {
      assertThat(TableFingerprint.of(spark, delta, table, "delta")).as(table)
          .isEqualTo(TableFingerprint.of(spark, parquet, table));
    }
    assertThat(TableFingerprint.of(spark, delta, "articles", "delta").rows()).isEqualTo(8);
    assertThat(delta.resolve("quotes").resolve("_delta_log")).isDirectory();
  }

  @Test
  void everyReadmeQueryAnswersTheSameOnDeltaAsOnParquet() throws Exception {
    List<SqlStatement> queries = SqlBlocks.read(README);
    assertThat(queries).isNotEmpty();
    registerDelta();
    List<SqlAnswer> onDelta = new ArrayList<>();
    for (SqlStatement query : queries) {
      onDelta.add(SqlAnswer.of(spark.sql(query.sql())));
    }
    registerParquet();
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      SqlAnswer onParquet = SqlAnswer.of(spark.sql(queries.get(i).sql()));
      SqlAnswer fromDelta = onDelta.get(i);
      if (!queries.get(i).hasOrderBy()) {
        onParquet = onParquet.sorted();
        fromDelta = fromDelta.sorted();
      }
      String difference = fromDelta.differenceFrom(onParquet);
      if (difference != null) {
        differences.add(queries.get(i) + ": " + difference);
      }
    }
    assertThat(differences).isEmpty();
    assertThat(onDelta.get(0).rows()).isNotEmpty();
  }
}

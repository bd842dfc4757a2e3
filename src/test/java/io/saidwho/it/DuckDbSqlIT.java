package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.config.JobConfig;
import io.saidwho.config.JobConfigLoader;
import io.saidwho.job.SaidWhoJob;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: the tables the job writes are plain partitioned Parquet that DuckDB reads as they are,
 * and every ```sql query of README.md gives the same answer on Spark SQL and on DuckDB (views
 * named like the tables in both), none of them an empty one. Rows are compared sorted unless the query orders them itself.
 */
class DuckDbSqlIT {

  private static final Path README = Path.of("README.md").toAbsolutePath();

  private static Path output;
  private static SparkSession spark;
  private static Connection duck;

  @BeforeAll
  static void runJobAndOpenBothEngines() throws Exception {
    Path dir = ItDirs.fresh("DuckDbSqlIT");
    output = dir.resolve("out");
    Path rejected = TestCorpus.writeRejectedInput(dir.resolve("rejected-input"));
    Path page = TestCorpus.writeHtmlPage(dir.resolve("html-input"));
    Path wire = TestCorpus.writeRepeatedStatement(dir.resolve("wire-input"));
    Path conf = JobConfFile.write(dir.resolve("job.json"),
        TestCorpus.SAMPLE_ARTICLES + "," + rejected + "," + page + "," + wire, output);
    spark = LocalSpark.start("DuckDbSqlIT");
    JobConfig config = JobConfigLoader.load(conf, Map.of());
    SaidWhoJob.run(spark, config);
    duck = DriverManager.getConnection("jdbc:duckdb:");
    for (String table : OutputTables.NAMES) {
      spark.read().parquet(output.resolve(table).toString()).createOrReplaceTempView(table);
      execute(duck, "CREATE VIEW " + table + " AS SELECT * FROM read_parquet('"
          + OutputTables.parquetGlob(output, table) + "', hive_partitioning = true)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    if (duck != null) {
      duck.close();
    }
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void duckDbSeesEveryRowSparkWrote() throws SQLException {
    for (String table : OutputTables.NAMES) {
      long sparkRows = spark.table(table).count();
      try (Statement statement = duck.createStatement();
          ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
        result.next();
        assertThat(result.getLong(1)).as(table).isEqualTo(sparkRows);
      }
    }
    assertThat(spark.table("articles").count()).isEqualTo(9);
    assertThat(spark.table("article_texts").count()).isEqualTo(1);
  }

  @Test
  void everyReadmeQueryAnswersTheSameOnSparkAndDuckDb() throws Exception {
    assertThat(README).as("README.md with the analysts' ```sql queries").isRegularFile();
    List<SqlStatement> queries = SqlBlocks.read(README);
    assertThat(queries).as("```sql blocks in %s", README).isNotEmpty();
    assertSameAnswers(queries);
  }

  /**
   * A query compared on an empty answer checks nothing: the batch holds a statement repeated
   * across articles with disagreeing speakers, so the quotations and speakers queries have rows.
   */
  @Test
  void everyReadmeQueryHasRowsToCompare() throws Exception {
    List<String> empty = new ArrayList<>();
    for (SqlStatement query : SqlBlocks.read(README)) {
      if (spark.sql(query.sql()).isEmpty()) {
        empty.add(query.toString());
      }
    }
    assertThat(empty).as("README queries with no rows on this batch").isEmpty();
  }

  @Test
  void representativeQueriesAnswerTheSameOnSparkAndDuckDb() {
    assertSameAnswers(RepresentativeQueries.ALL);
  }

  private static void assertSameAnswers(List<SqlStatement> queries) {
    List<String> failures = new ArrayList<>();
    for (SqlStatement query : queries) {
      String difference;
      try {
        difference = compare(query);
      } catch (Exception e) {
        difference = "fails: " + e.getMessage();
      }
      if (difference != null) {
        failures.add(query + "\n  Spark vs DuckDB: " + difference);
      }
    }
    assertThat(failures).as("queries whose answers differ").isEmpty();
  }

  /** Null when both engines give the same answer, otherwise the first difference. */
  private static String compare(SqlStatement query) throws SQLException {
    SqlAnswer onSpark = SqlAnswer.of(spark.sql(query.sql()));
    SqlAnswer onDuck = duckAnswer(query.sql());
    if (!query.hasOrderBy()) {
      onSpark = onSpark.sorted();
      onDuck = onDuck.sorted();
    }
    return onSpark.differenceFrom(onDuck);
  }

  private static SqlAnswer duckAnswer(String sql) throws SQLException {
    try (Statement statement = duck.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      return SqlAnswer.of(result);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

package io.saidwho.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What one output table holds, independent of file layout and row order: the row count and an
 * order-free checksum (sum of {@code xxhash64} over every column except {@code run_id}, whose
 * value differs between otherwise equal runs). Two runs over the same input and batch date must
 * have equal fingerprints. Immutable.
 *
 * @param table table name
 * @param rows number of rows (0 when the table folder is absent)
 * @param checksum decimal sum of the row hashes, as text
 */
public record TableFingerprint(String table, long rows, String checksum) {

  /** The fingerprint of the Parquet table {@code <output>/<table>}. */
  public static TableFingerprint of(SparkSession spark, Path output, String table) {
    return of(spark, output, table, "parquet");
  }

  /** The fingerprint of {@code <output>/<table>} read as {@code format} (parquet, delta). */
  public static TableFingerprint of(SparkSession spark, Path output, String table,
      String format) {
    return observe(spark, output, table, format).fingerprint();
  }

  /**
   * The fingerprint and the distinct {@code run_id} values of {@code <output>/<table>} read as
   * {@code format}, in one query.
   */
  public static Observed observe(SparkSession spark, Path output, String table, String format) {
    Path dir = output.resolve(table);
    if (!Files.isDirectory(dir)) {
      return new Observed(new TableFingerprint(table, 0, "0"), Set.of());
    }
    Dataset<Row> rows = spark.read().format(format).load(dir.toString());
    String hashed =
        Arrays.stream(rows.columns())
            .filter(c -> !c.equals("run_id"))
            .sorted()
            .map(c -> "`" + c + "`")
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();
    Row row =
        rows.selectExpr(
                "count(*)",
                "cast(coalesce(sum(cast(xxhash64(" + hashed + ") as decimal(38,0))), 0) as string)",
                "collect_set(run_id)")
            .first();
    return new Observed(new TableFingerprint(table, row.getLong(0), row.getString(1)),
        Set.copyOf(row.<String>getList(2)));
  }

  /**
   * What one read of a table found.
   *
   * @param fingerprint its rows and checksum
   * @param runIds the distinct {@code run_id} values in it
   */
  public record Observed(TableFingerprint fingerprint, Set<String> runIds) {}

  /** The distinct {@code run_id} values of {@code <output>/<table>} (empty when absent). */
  public static List<String> runIds(SparkSession spark, Path output, String table) {
    return runIds(spark, output, table, "parquet");
  }

  /** As {@link #runIds(SparkSession, Path, String)}, read as {@code format}. */
  public static List<String> runIds(SparkSession spark, Path output, String table,
      String format) {
    Path dir = output.resolve(table);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    return spark.read().format(format).load(dir.toString()).select("run_id").distinct()
        .as(Encoders.STRING()).collectAsList();
  }
}

package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A computed cache read as a leaf: later plans hold one node instead of its lineage, the rows
 * are the cache's, and a join reading it broadcasts exactly when the cache is within the
 * session's broadcast threshold.
 */
class CachedLeafTest {

  private static final String THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("CachedLeafTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @AfterEach
  void defaultThreshold() {
    spark.conf().unset(THRESHOLD);
  }

  /** Ids 0-19, each with the size of its group of four: an explode, a window, a filter. */
  private static Dataset<Row> computedCache() {
    Dataset<Row> rows = spark.range(1).select(explode(sequence(lit(0L), lit(19L))).as("id"))
        .withColumn("n", count(lit(1)).over(Window.partitionBy(col("id").divide(4).cast("int"))))
        .filter(col("n").gt(0))
        .persist(StorageLevel.MEMORY_AND_DISK());
    rows.count();
    return rows;
  }

  @Test
  void laterPlansHoldTheLeafInsteadOfTheLineage() {
    Dataset<Row> cached = computedCache();
    CachedLeaf leaf = CachedLeaf.of(cached);

    String lineage = cached.queryExecution().analyzed().treeString();
    String read = leaf.rows().select("id").queryExecution().analyzed().treeString();
    assertThat(lineage).contains("Window").contains("Generate");
    assertThat(read).doesNotContain("Window").doesNotContain("Generate");
    assertThat(leaf.rows().queryExecution().analyzed().children().isEmpty()).isTrue();
    cached.unpersist();
  }

  @Test
  void theLeafHoldsTheCachedRows() {
    Dataset<Row> cached = computedCache();
    CachedLeaf leaf = CachedLeaf.of(cached);

    assertThat(leaf.rows().schema()).isEqualTo(cached.schema());
    List<Row> expected = cached.orderBy("id").collectAsList();
    assertThat(leaf.rows().orderBy("id").collectAsList()).isEqualTo(expected);
    cached.unpersist();
  }

  @Test
  void aSmallCacheIsBroadcastAndOneOverTheThresholdIsNot() {
    Dataset<Row> cached = computedCache();
    Dataset<Row> probe = spark.range(100).toDF();

    String small = probe.join(CachedLeaf.of(cached).joinSide(), "id", "left")
        .queryExecution().executedPlan().toString();
    spark.conf().set(THRESHOLD, "8b");
    String large = probe.join(CachedLeaf.of(cached).joinSide(), "id", "left")
        .queryExecution().executedPlan().toString();

    assertThat(small).contains("BroadcastHashJoin");
    assertThat(large).doesNotContain("BroadcastHashJoin");
    cached.unpersist();
  }

  @Test
  void aNegativeThresholdTurnsBroadcastsOffAndByteStringsAreRead() {
    assertThat(CachedLeaf.isBroadcastable(1, "-1")).isFalse();
    assertThat(CachedLeaf.isBroadcastable(10L << 20, "10MB")).isTrue();
    assertThat(CachedLeaf.isBroadcastable((10L << 20) + 1, "10MB")).isFalse();
    assertThat(CachedLeaf.isBroadcastable(4096, "4096b")).isTrue();
    assertThat(CachedLeaf.isBroadcastable(4096, " 4k ")).isTrue();
  }
}

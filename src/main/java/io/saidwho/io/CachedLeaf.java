package io.saidwho.io;

import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * A persisted dataset, already computed, read by later queries as a leaf of one node: its rows
 * behind a new logical plan ({@code createDataFrame} over the dataset's RDD) instead of the
 * lineage that computed them. Spark analyses the whole logical plan of a query at every Dataset
 * operation that builds it; the {@code quotations} table, built on the merge's and the speaker
 * resolution's lineage (explodes, a window, self-joins) spent one to three seconds of a cold
 * driver on analysis alone, on the longest path of a small batch's writes. The RDD keeps its
 * lineage, so a lost cached block is recomputed as before (a local checkpoint would fail the
 * run instead).
 *
 * <p>The leaf has no size statistics, so the join planner cannot see that it is small: {@link
 * #joinSide} marks a join side read from it for a broadcast join when the cache's own size is
 * within the session's {@code spark.sql.autoBroadcastJoinThreshold}, the test Spark applies to the
 * cached plan itself. Larger leaves are joined as Spark plans it (adaptive execution may still
 * broadcast them from the shuffle's size).
 */
final class CachedLeaf {

  private static final String BROADCAST_THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";

  private final Dataset<Row> rows;
  private final boolean small;

  private CachedLeaf(Dataset<Row> rows, boolean small) {
    this.rows = rows;
    this.small = small;
  }

  /** {@code cached} must be persisted and computed, so that its plan's size is the cache's. */
  static CachedLeaf of(Dataset<Row> cached) {
    long bytes = cached.queryExecution().optimizedPlan().stats().sizeInBytes().longValue();
    String threshold = cached.sparkSession().conf().get(BROADCAST_THRESHOLD);
    Dataset<Row> leaf = cached.sparkSession().createDataFrame(cached.javaRDD(), cached.schema());
    return new CachedLeaf(leaf, isBroadcastable(bytes, threshold));
  }

  /** Whether {@code bytes} is within {@code threshold} (a byte string; negative turns it off). */
  static boolean isBroadcastable(long bytes, String threshold) {
    String value = threshold.trim();
    return !value.startsWith("-") && bytes >= 0 && bytes <= JavaUtils.byteStringAsBytes(value);
  }

  /** The rows, as a leaf. */
  Dataset<Row> rows() {
    return rows;
  }

  /** The rows as the right side of a join: broadcast when the cache is small. */
  Dataset<Row> joinSide() {
    return joinSide(rows);
  }

  /**
   * {@code derived} (a projection or an aggregate of {@link #rows}, so no larger) as the right
   * side of a join: broadcast when the cache is small.
   */
  Dataset<Row> joinSide(Dataset<Row> derived) {
    return small ? functions.broadcast(derived) : derived;
  }
}

package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.udf;

import io.saidwho.resolve.Containment;
import io.saidwho.resolve.QuoteKey;
import io.saidwho.resolve.Shingles;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Which quotations of the batch join a longer one ({@link Containment}): from the occurrences
 * ({@link QuoteOccurrences}) through {@link #keys} and {@link #containedPairs} to rows {@code
 * exact_id, container_id} ({@link #outermost}). A key contained in longer keys joins the outermost
 * of them (one that no other key contains) when there is exactly one; a part of two different
 * statements ("we have been very clear about" in many) stays apart, as a surname shared by two
 * full names does.
 *
 * <p>No all-pairs join: every distinct key of {@link Containment#MIN_WORDS} or more words emits
 * the hashes of its word 6-grams ({@link Shingles}) with their positions; each 6-gram's frequency
 * among the keys is counted, and every key probes with its rarest 6-gram (a contained key's
 * 6-grams all occur in its container). Only keys meeting on that hash, at an offset where the
 * shorter one fits, are compared word by word. Work and shuffle grow with the words of the
 * distinct quotations and the containment pairs, not with the square of the quotations nor with
 * common openings. The steps are separate so that the caller persists the two inputs used more
 * than once (Spark would otherwise plan them again in each branch).
 */
public final class QuotationMerge {

  public static final String CONTAINER_ID = "container_id";

  private static final int SHINGLE = Containment.MIN_WORDS;

  private static final UserDefinedFunction JOINS =
      udf((UDF2<String, String, Boolean>) Containment::joins, DataTypes.BooleanType);
  private static final UserDefinedFunction SHINGLE_HASHES = udf(
      (UDF1<String, long[]>) Shingles::hashes, DataTypes.createArrayType(DataTypes.LongType));
  private static final UserDefinedFunction WORD_COUNT =
      udf((UDF1<String, Integer>) QuoteKey::wordCount, DataTypes.IntegerType);

  private QuotationMerge() {}

  /**
   * One row per distinct exact key of 6 or more words of the occurrences: {@code key_id, key, n}
   * (the normalised words and their number). Read three times by {@link #containedPairs}.
   */
  public static Dataset<Row> keys(Dataset<Row> occurrences) {
    return occurrences.filter(col(QuoteOccurrences.EXACT_ID).isNotNull())
        .groupBy(col(QuoteOccurrences.EXACT_ID).as("key_id"))
        .agg(min(col("text")).as("text"))
        .select(col("key_id"), QuoteOccurrences.normalised(col("text")).as("key"))
        .withColumn("n", WORD_COUNT.apply(col("key")))
        .filter(col("n").geq(SHINGLE));
  }

  /**
   * {@code short_id, long_id}: every pair of {@link #keys} whose short key is contained in the
   * long one (a pair may repeat when the long key repeats the probe). Read twice by {@link
   * #outermost}.
   */
  public static Dataset<Row> containedPairs(Dataset<Row> keys) {
    Dataset<Row> shingles = shingles(keys);
    Dataset<Row> candidates = rarestShingles(shingles)
        .join(shingles.filter(col("n").gt(SHINGLE)).select(col("key_id").as("long_id"),
            col("n").as("long_n"), col("at").as("long_at"), col("hash")), "hash")
        .filter(col("long_n").gt(col("short_n"))
            .and(col("long_at").geq(col("short_at")))
            .and(col("long_at").minus(col("short_at")).plus(col("short_n")).leq(col("long_n"))))
        .select("short_id", "long_id");
    Dataset<Row> shortKeys = keys.select(col("key_id").as("short_id"), col("key").as("short_key"));
    Dataset<Row> longKeys = keys.select(col("key_id").as("long_id"), col("key").as("long_key"));
    return candidates.join(shortKeys, "short_id").join(longKeys, "long_id")
        .filter(JOINS.apply(col("short_key"), col("long_key")))
        .select("short_id", "long_id");
  }

  /**
   * {@code exact_id, container_id} from the {@link #containedPairs}: per contained key, its one
   * outermost container (one no key contains); keys with several stay apart.
   */
  public static Dataset<Row> outermost(Dataset<Row> pairs) {
    Dataset<Row> contained = pairs.select(col("short_id").as("long_id")).distinct();
    return pairs.join(contained, "long_id", "left_anti")
        .groupBy(col("short_id").as(QuoteOccurrences.EXACT_ID))
        .agg(min(col("long_id")).as(CONTAINER_ID), max(col("long_id")).as("last"))
        .filter(col(CONTAINER_ID).equalTo(col("last")))
        .select(QuoteOccurrences.EXACT_ID, CONTAINER_ID);
  }

  /** {@code key_id, n, at, hash, df}: every 6-gram of every key, with its key frequency. */
  private static Dataset<Row> shingles(Dataset<Row> keys) {
    return keys.select(col("key_id"), col("n"),
            posexplode(SHINGLE_HASHES.apply(col("key"))).as(new String[] {"at", "hash"}))
        .withColumn("df", count(lit(1)).over(Window.partitionBy(col("hash"))));
  }

  /**
   * {@code short_id, short_n, short_at, hash}: each key's rarest 6-gram (ties: the first). The
   * order is packed into one long (frequency, then position) so that the aggregation hashes.
   */
  private static Dataset<Row> rarestShingles(Dataset<Row> shingles) {
    Column order = col("df").multiply(1L << 32).plus(col("at"));
    return shingles.groupBy(col("key_id").as("short_id"))
        .agg(min(order).as("order"), min_by(col("hash"), order).as("hash"),
            max(col("n")).as("short_n"))
        .select(col("short_id"), col("short_n"),
            col("order").bitwiseAND(lit(0xffffffffL)).cast("int").as("short_at"), col("hash"));
  }
}

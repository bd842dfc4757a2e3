package io.saidwho.io;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The tables that look across the articles of a batch: {@code quotations}, {@code speakers}, and
 * {@code quotes} with its {@code quotation_id} and {@code speaker_id}. Built from the processed
 * dataset ({@link Processed}) on the executors: the speech occurrences ({@link QuoteOccurrences},
 * one narrow row per quote), the containers ({@link QuotationMerge}) and the resolved speakers
 * ({@link SpeakerResolution}) are persisted (MEMORY_AND_DISK) so that the three tables read them
 * instead of the wide processed rows, and so are the merge's intermediate keys and pairs, each
 * read more than once. {@link #prepare} computes them, and the two tables' row counts, in one
 * Spark job; the tables then read the containers and the aliases as leaves ({@link CachedLeaf}),
 * so that building their plans does not analyse the merge's lineage again; {@link #close} drops
 * them. One instance per run.
 */
public final class CrossArticleTables implements AutoCloseable {

  private static final String TAG = "tag";

  /**
   * Rows per batch of Spark's cache of the step's datasets (narrow rows: an occurrence is about
   * 200 bytes), so that a batch stays near the processed dataset's ({@link
   * Processed#CACHE_BATCH_ROWS}) few hundred KB: Spark's default of 10,000 would make 2 MB
   * batches, which a task writing or reading a spilled block keeps by the hundred.
   */
  public static final int CACHE_BATCH_ROWS = 1024;

  private final Dataset<Row> occurrences;
  private final Dataset<Row> keys;
  private final Dataset<Row> pairs;
  private final Dataset<Row> containers;
  private final Dataset<Row> aliases;
  private CachedLeaf containerLeaf;
  private CachedLeaf aliasLeaf;

  public CrossArticleTables(Dataset<Row> processed) {
    this.occurrences = persist(QuoteOccurrences.of(processed));
    this.keys = persist(QuotationMerge.keys(occurrences));
    this.pairs = persist(QuotationMerge.containedPairs(keys));
    this.containers = persist(QuotationMerge.outermost(pairs));
    this.aliases = persist(SpeakerResolution.aliases(occurrences));
  }

  private static Dataset<Row> persist(Dataset<Row> rows) {
    return rows.persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Computes the persisted datasets in one Spark job and returns the row counts of the {@code
   * quotations} table (distinct exact keys less the contained ones) and of the {@code speakers}
   * table (distinct entities); drops the intermediate keys and pairs.
   */
  public Map<String, Long> prepare() {
    Dataset<Row> tagged = tag(containers, "contained")
        .union(tag(occurrences.filter(col(QuoteOccurrences.EXACT_ID).isNotNull())
            .select(QuoteOccurrences.EXACT_ID).distinct(), "keys"))
        .union(tag(aliases.select(SpeakerResolution.SPEAKER_KEY).distinct(), "entities"));
    Map<String, Long> byTag = new LinkedHashMap<>(Map.of("contained", 0L, "keys", 0L,
        "entities", 0L));
    for (Row row : tagged.groupBy(TAG).agg(count(lit(1))).collectAsList()) {
      byTag.put(row.getString(0), row.getLong(1));
    }
    pairs.unpersist();
    keys.unpersist();
    containerLeaf = CachedLeaf.of(containers);
    aliasLeaf = CachedLeaf.of(aliases);
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(Schemas.QUOTATIONS, byTag.get("keys") - byTag.get("contained"));
    counts.put(Schemas.SPEAKERS, byTag.get("entities"));
    return counts;
  }

  private static Dataset<Row> tag(Dataset<Row> rows, String tag) {
    return rows.select(lit(tag).as(TAG));
  }

  /**
   * The quote rows ({@code article_id} and the quote fields of {@link Processed#QUOTE_TYPE}, its
   * {@code exact_id} among them) with
   * {@code quotation_id} (null for non-speech) and {@code speaker_id} (null when unattributed).
   */
  public Dataset<Row> quotes(Dataset<Row> quoteRows) {
    requirePrepared();
    return quoteRows
        .join(containerLeaf.joinSide(), QuoteOccurrences.EXACT_ID, "left")
        .withColumn("quotation_id", HexIds.of(coalesce(col(QuotationMerge.CONTAINER_ID),
            col(QuoteOccurrences.EXACT_ID))))
        .join(aliasLeaf.joinSide(aliasLeaf.rows().select(col("speaker"),
            HexIds.of(col(SpeakerResolution.SPEAKER_KEY)).as("speaker_id"))), "speaker", "left");
  }

  /** The rows of the {@code quotations} table ({@link QuotationsTable}). */
  public Dataset<Row> quotations() {
    requirePrepared();
    return QuotationsTable.of(occurrences, containerLeaf, aliasLeaf);
  }

  /** The rows of the {@code speakers} table ({@link SpeakersTable}). */
  public Dataset<Row> speakers() {
    requirePrepared();
    return SpeakersTable.of(occurrences, aliasLeaf);
  }

  private void requirePrepared() {
    if (containerLeaf == null) {
      throw new IllegalStateException("prepare() first: the tables read what it computed");
    }
  }

  @Override
  public void close() {
    aliases.unpersist();
    containers.unpersist();
    pairs.unpersist();
    keys.unpersist();
    occurrences.unpersist();
  }
}

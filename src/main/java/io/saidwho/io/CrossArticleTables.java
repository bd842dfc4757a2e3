package io.saidwho.io;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The tables that look across the articles of a batch: {@code quotations}, {@code speakers}, and
 * {@code quotes} with its {@code quotation_id} and {@code speaker_id}. Built from the processed
 * dataset on the executors: the speech occurrences ({@link QuoteOccurrences}, one narrow row per
 * quote), the containers ({@link QuotationMerge}) and the resolved speakers ({@link
 * SpeakerResolution}) are persisted (MEMORY_AND_DISK) so that the three tables and their counts
 * read them instead of the wide processed rows, and so are the merge's intermediate keys and
 * pairs, each read more than once; {@link #prepare} computes them in one Spark job, {@link
 * #close} drops them. One instance per run.
 */
public final class CrossArticleTables implements AutoCloseable {

  private final Dataset<Row> processed;
  private final Dataset<Row> occurrences;
  private final Dataset<Row> keys;
  private final Dataset<Row> pairs;
  private final Dataset<Row> containers;
  private final Dataset<Row> aliases;
  private final List<Dataset<Row>> aggregated = new ArrayList<>();

  public CrossArticleTables(Dataset<Row> processed) {
    this.processed = processed;
    this.occurrences = persist(QuoteOccurrences.of(processed));
    this.keys = persist(QuotationMerge.keys(occurrences));
    this.pairs = persist(QuotationMerge.containedPairs(keys));
    this.containers = persist(QuotationMerge.outermost(pairs));
    this.aliases = persist(SpeakerResolution.aliases(occurrences));
  }

  private static Dataset<Row> persist(Dataset<Row> rows) {
    return rows.persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Whether {@code table} is one of the tables this class cuts. */
  public static boolean covers(String table) {
    return Schemas.QUOTES.equals(table) || Schemas.QUOTATIONS.equals(table)
        || Schemas.SPEAKERS.equals(table);
  }

  /**
   * Computes the persisted occurrences, containers and resolved speakers in one Spark job, then
   * drops the intermediate keys and pairs.
   */
  public void prepare() {
    containers.select(lit(1)).union(aliases.select(lit(1))).count();
    pairs.unpersist();
    keys.unpersist();
  }

  /**
   * The rows of {@code table} (one that {@link #covers}), columns named as in its DDL. The
   * aggregated tables come persisted, so that counting and writing them aggregate once; {@link
   * #close} drops them.
   */
  public Dataset<Row> table(String table) {
    return switch (table) {
      case Schemas.QUOTES -> quotes();
      case Schemas.QUOTATIONS -> keep(QuotationsTable.of(occurrences, containers, aliases));
      case Schemas.SPEAKERS -> keep(SpeakersTable.of(occurrences, aliases));
      default -> throw new IllegalArgumentException("Not a cross-article table: " + table);
    };
  }

  private Dataset<Row> keep(Dataset<Row> rows) {
    Dataset<Row> kept = rows.persist(StorageLevel.MEMORY_AND_DISK());
    aggregated.add(kept);
    return kept;
  }

  /** The quote rows with {@code quotation_id} (null for non-speech) and {@code speaker_id}. */
  private Dataset<Row> quotes() {
    return processed.filter(col(Schemas.RECORD_TYPE).equalTo(RecordTypes.QUOTE))
        .withColumn(QuoteOccurrences.EXACT_ID, QuoteOccurrences.exactId())
        .join(containers, QuoteOccurrences.EXACT_ID, "left")
        .withColumn("quotation_id", coalesce(col(QuotationMerge.CONTAINER_ID),
            col(QuoteOccurrences.EXACT_ID)))
        .join(aliases.select("speaker", "speaker_id"), "speaker", "left");
  }

  @Override
  public void close() {
    aggregated.forEach(Dataset::unpersist);
    aliases.unpersist();
    containers.unpersist();
    pairs.unpersist();
    keys.unpersist();
    occurrences.unpersist();
  }
}

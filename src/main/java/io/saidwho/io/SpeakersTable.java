package io.saidwho.io;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code speakers} table: one row per resolved entity of the batch ({@link
 * SpeakerResolution}), from the attributed occurrences ({@link QuoteOccurrences}): its id, its
 * fullest name, its {@code aliases} (the distinct speaker strings of its quotes, sorted), its
 * type, and its quotes and distinct articles in the batch. Grouped on the long id.
 */
public final class SpeakersTable {

  private SpeakersTable() {}

  /** The rows of the {@code speakers} table, columns named as in its DDL (no run columns). */
  static Dataset<Row> of(Dataset<Row> occurrences, CachedLeaf aliases) {
    return occurrences.filter(col("speaker").isNotNull())
        .join(aliases.joinSide(), "speaker")
        .groupBy(col(SpeakerResolution.SPEAKER_KEY))
        .agg(max(col(SpeakerResolution.ENTITY_SPEAKER)).as("speaker"),
            array_sort(collect_set(col("speaker"))).as("aliases"),
            max(col(SpeakerResolution.ENTITY_TYPE)).as("speaker_type"),
            count(lit(1)).as("quote_count"),
            count_distinct(col("article_id")).as("article_count"))
        .withColumn("speaker_id", HexIds.of(col(SpeakerResolution.SPEAKER_KEY)));
  }
}

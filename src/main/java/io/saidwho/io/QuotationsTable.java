package io.saidwho.io;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code quotations} table from the occurrences ({@link QuoteOccurrences}), the containers
 * ({@link QuotationMerge}) and the resolved speakers ({@link SpeakerResolution}): one row per
 * quotation (an occurrence's container, or its own exact key). Grouped and joined on long ids,
 * printed as hex ids ({@link HexIds}) at the end.
 *
 * <ul>
 *   <li>{@code text}: the earliest published occurrence of the quotation's own key (not of a
 *       shorter part that joined it); ties, and dates missing, by article id then offset;
 *   <li>{@code speaker_votes}: one entry per resolved speaker of the attributed occurrences, with
 *       its count, most votes first (ties: by name, then id); {@code speaker}, {@code
 *       speaker_id}: the first entry; {@code speaker_share}: its count over the attributed
 *       occurrences; null (and the votes empty) when no occurrence has a speaker;
 *   <li>{@code word_count}: words of the quotation's key ({@code QuoteKey}).
 * </ul>
 */
public final class QuotationsTable {

  private static final String KEY = "quotation_key";

  private QuotationsTable() {}

  /** The rows of the {@code quotations} table, columns named as in its DDL (no run columns). */
  static Dataset<Row> of(Dataset<Row> occurrences, CachedLeaf containers, CachedLeaf aliases) {
    Dataset<Row> linked = occurrences.filter(col(QuoteOccurrences.EXACT_ID).isNotNull())
        .join(containers.joinSide(), QuoteOccurrences.EXACT_ID, "left")
        .withColumn(KEY, coalesce(col(QuotationMerge.CONTAINER_ID),
            col(QuoteOccurrences.EXACT_ID)))
        .join(aliases.joinSide(aliases.rows().select("speaker", SpeakerResolution.SPEAKER_KEY)),
            "speaker", "left");
    Dataset<Row> totals = linked.groupBy(col(KEY)).agg(
        count(lit(1)).as("occurrences"),
        count_distinct(col("article_id")).as("article_count"),
        timestamp_micros(min(col(Processed.PUBLISHED_AT_MICROS))).as("first_published_at"),
        timestamp_micros(max(col(Processed.PUBLISHED_AT_MICROS))).as("last_published_at"),
        min(representativeOrder()).getField("text").as("text"));
    Map<String, Column> derived = new LinkedHashMap<>();
    derived.put("quotation_id", HexIds.of(col(KEY)));
    derived.put("word_count", QuoteOccurrences.wordCount(col("text")));
    derived.put("speaker_votes", coalesce(col("speaker_votes"), array()));
    derived.put("speaker_share", col("top_count").divide(col("attributed")));
    return totals.join(votes(linked, aliases), KEY, "left").withColumns(derived);
  }

  /** Own-key occurrences first, then by date (missing last), article id, offset. */
  private static Column representativeOrder() {
    return struct(
        when(col(QuoteOccurrences.EXACT_ID).equalTo(col(KEY)), 0).otherwise(1),
        coalesce(col(Processed.PUBLISHED_AT_MICROS), lit(Long.MAX_VALUE)),
        col("article_id"), col("begin_char"), col("text").as("text"));
  }

  /**
   * Per attributed quotation: {@code speaker_votes} (count per resolved speaker, most first, then
   * by name and id), the first vote's {@code speaker_id}, {@code speaker} and {@code top_count},
   * and the {@code attributed} occurrences. Counted per (quotation, speaker) first, so the work
   * is linear in the occurrences; names come from the (small) entities.
   */
  private static Dataset<Row> votes(Dataset<Row> linked, CachedLeaf aliases) {
    Dataset<Row> entities = aliases.joinSide(aliases.rows().select(
        col(SpeakerResolution.SPEAKER_KEY), col(SpeakerResolution.ENTITY_SPEAKER).as("speaker"))
        .distinct());
    Dataset<Row> counted = linked.filter(col(SpeakerResolution.SPEAKER_KEY).isNotNull())
        .groupBy(col(KEY), col(SpeakerResolution.SPEAKER_KEY))
        .agg(count(lit(1)).as("count"))
        .join(entities, SpeakerResolution.SPEAKER_KEY);
    Dataset<Row> ranked = counted.groupBy(col(KEY)).agg(
        sort_array(collect_list(struct(col("count").multiply(-1).as("rank"), col("speaker"),
            col(SpeakerResolution.SPEAKER_KEY).as("key"), col("count")))).as("ranked"),
        sum(col("count")).as("attributed"));
    Column top = get(col("ranked"), lit(0));
    return ranked.select(col(KEY), col("attributed"),
        transform(col("ranked"), v -> struct(HexIds.of(v.getField("key")).as("speaker_id"),
            v.getField("speaker").as("speaker"), v.getField("count").as("count")))
            .as("speaker_votes"),
        HexIds.of(top.getField("key")).as("speaker_id"), top.getField("speaker").as("speaker"),
        top.getField("count").as("top_count"));
  }
}

package io.saidwho.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.saidwho.resolve.SpeakerEntities;
import io.saidwho.resolve.SpeakerEntities.Alias;
import io.saidwho.resolve.SpeakerEntities.Resolved;
import io.saidwho.resolve.SpeakerName;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The batch's speaker strings resolved to entities ({@link SpeakerEntities}): from the
 * occurrences ({@link QuoteOccurrences}) to one row per distinct {@code speaker} string with its
 * entity's id ({@code speaker_key}, a long, printed as {@code speaker_id} by {@link HexIds}), name
 * ({@code entity_speaker}) and type ({@code entity_type}). A string's type is the one most of its
 * quotes have (a tie: {@code organization}). The aliases are grouped on the executors by {@link
 * SpeakerName#groupKey} (a surname, a title, an organization), so each group is resolved where it
 * lands; nothing goes through the driver.
 */
public final class SpeakerResolution {

  public static final String ENTITY_SPEAKER = "entity_speaker";
  public static final String ENTITY_TYPE = "entity_type";

  /** The schema of the resolved aliases. */
  public static final StructType ALIASES = StructType.fromDDL(
      "speaker STRING, speaker_key BIGINT, entity_speaker STRING, entity_type STRING");

  /** The entity's id as a long; {@link HexIds} prints it as {@code speaker_id}. */
  public static final String SPEAKER_KEY = "speaker_key";

  private SpeakerResolution() {}

  /** {@code speaker, speaker_key, entity_speaker, entity_type} per distinct speaker string. */
  public static Dataset<Row> aliases(Dataset<Row> occurrences) {
    Dataset<Row> counted = occurrences.filter(col("speaker").isNotNull())
        .groupBy(col("speaker"))
        .agg(count(lit(1)).as("quotes"),
            sum(when(col("speaker_type").equalTo(SpeakerName.ORGANIZATION), 1).otherwise(0))
                .as("organization_quotes"),
            sum(when(col("speaker_type").equalTo(SpeakerName.GROUP), 1).otherwise(0))
                .as("group_quotes"));
    return counted
        .groupByKey((MapFunction<Row, String>) row -> name(row).groupKey(), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) SpeakerResolution::resolve,
            Encoders.row(ALIASES));
  }

  private static Iterator<Row> resolve(String groupKey, Iterator<Row> rows) {
    List<Alias> group = new ArrayList<>();
    rows.forEachRemaining(row -> group.add(new Alias(name(row), row.getLong(1))));
    List<Row> out = new ArrayList<>(group.size());
    for (Resolved r : SpeakerEntities.resolve(group)) {
      out.add(RowFactory.create(r.alias(), r.speakerKey(), r.speaker(), r.speakerType()));
    }
    return out.iterator();
  }

  /** The alias of a counted row: {@code speaker, quotes, organization_quotes, group_quotes}. */
  private static SpeakerName name(Row row) {
    String speaker = row.getString(0);
    long quotes = row.getLong(1);
    long organization = row.getLong(2);
    long group = row.getLong(3);
    if (2 * group >= quotes) {
      return SpeakerName.group(speaker);
    }
    return 2 * organization >= quotes
        ? SpeakerName.organization(speaker) : SpeakerName.person(speaker);
  }
}

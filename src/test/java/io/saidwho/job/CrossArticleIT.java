package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.saidwho.io.QuotationMerge;
import io.saidwho.io.Schemas;
import io.saidwho.resolve.QuoteKey;
import io.saidwho.resolve.ShortHash;
import io.saidwho.resolve.SpeakerName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-article tables on an invented batch: one statement quoted in three articles (curly
 * and straight marks, once cut short) and attributed twice to one minister, once under her
 * surname only, and once to someone else; two people sharing a surname and an article naming
 * only that surname; a part of two different statements; a part of a part of one statement; a
 * non-speech title.
 */
class CrossArticleIT {

  private static final String DEPOT = "The depot will open in May, it will employ forty drivers"
      + " from the town, and the first buses will run in June,";
  private static final String BRIDGE =
      "We will reopen the harbour bridge by spring, and the night ferry keeps running until then,";

  @TempDir static Path input;
  @TempDir static Path output;
  private static SparkSession spark;
  private static RunSummary summary;

  @BeforeAll
  static void runJob() throws Exception {
    spark = LocalSpark.start("CrossArticleIT");
    List<String> lines = new ArrayList<>();
    lines.add(article("a1", "2024-03-01T08:00:00Z", "Harbour plan agreed",
        "Transport Minister Mara Lindqvist spoke to reporters at the port on Friday.\n"
            + "\u201c" + BRIDGE + "\u201d Mara Lindqvist said.\n"));
    lines.add(article("a2", "2024-03-02T09:30:00Z", "Bridge works to begin",
        "The council met on Saturday to discuss the works.\n"
            + "\"" + BRIDGE.replace("spring,", "spring ,") + "\" said Tomas Berg, a council"
            + " spokesman.\n"));
    lines.add(article("a3", "2024-03-04T12:00:00Z", "Ferry timetable",
        "The timetable changes next week.\n"
            + "\"We will reopen the harbour bridge by spring,\" Lindqvist said.\n"));
    lines.add(article("r1", "2024-03-01", "Board vote",
        "\"The board has voted to sell the old depot,\" Ana Okafor said.\n"));
    lines.add(article("r2", "2024-03-01", "Depot sale",
        "\"Nobody asked the tenants about the depot sale,\" Luis Okafor said.\n"));
    lines.add(article("r3", "2024-03-02", "Depot tenants",
        "\"The tenants will be moved before the summer,\" Okafor said.\n"));
    lines.add(article("p1", "2024-03-05", "Depot",
        "\"We will not sell the depot this year, and the tenants can stay,\" Ana Okafor said.\n"));
    lines.add(article("p2", "2024-03-05", "Depot",
        "\"We will not sell the depot this year, whatever the board decides,\" Ana Okafor"
            + " said.\n"));
    lines.add(article("p3", "2024-03-06", "Depot",
        "\"We will not sell the depot this year,\" Ana Okafor said.\n"));
    lines.add(article("n1", "2024-03-07", "Depot", "\"" + DEPOT + "\" Ines Marlow said.\n"));
    lines.add(article("n2", "2024-03-08", "Depot", "\"It will employ forty drivers from the"
        + " town, and the first buses will run in June,\" Ines Marlow said.\n"));
    lines.add(article("n3", "2024-03-09", "Depot",
        "\"It will employ forty drivers from the town,\" Ines Marlow said.\n"));
    lines.add(article("t1", "2024-03-03", "Books",
        "She read from her memoir \"Harbour Days\" at the library.\n"));
    Files.write(input.resolve("batch.jsonl"), lines);
    summary = SaidWhoJob.run(spark, LocalSpark.config(input, output,
        "run.batch-date", "2026-05-06"));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String article(String id, String publishedAt, String title, String text)
      throws Exception {
    return new ObjectMapper().writeValueAsString(
        Map.of("id", id, "published_at", publishedAt, "title", title, "text", text));
  }

  private static List<Row> rows(String table) {
    return LocalSpark.table(spark, output, table).collectAsList();
  }

  private static Row quote(String articleId) {
    return rows(Schemas.QUOTES).stream()
        .filter(q -> q.getAs("article_id").equals(articleId)).findFirst().orElseThrow();
  }

  private static Row quotation(String id) {
    return rows(Schemas.QUOTATIONS).stream()
        .filter(q -> q.getAs("quotation_id").equals(id)).findFirst().orElseThrow();
  }

  private static Row speaker(String id) {
    return rows(Schemas.SPEAKERS).stream()
        .filter(s -> s.getAs("speaker_id").equals(id)).findFirst().orElseThrow();
  }

  @Test
  void oneStatementInThreeArticlesIsOneQuotation() {
    String id = quote("a1").getAs("quotation_id");

    assertThat(id).as("the id of the statement's own words").isEqualTo(QuoteKey.idOf(BRIDGE));
    assertThat((String) quote("a2").getAs("quotation_id")).isEqualTo(id);
    assertThat((String) quote("a3").getAs("quotation_id")).as("a contained part joins").isEqualTo(id);
    Row quotation = quotation(id);
    assertThat((long) quotation.getAs("occurrences")).isEqualTo(3);
    assertThat((long) quotation.getAs("article_count")).isEqualTo(3);
    assertThat((String) quotation.getAs("text")).isEqualTo(BRIDGE);
    assertThat((int) quotation.getAs("word_count")).isEqualTo(16);
    assertThat(quotation.getAs("first_published_at").toString()).startsWith("2024-03-01 08:00");
    assertThat(quotation.getAs("last_published_at").toString()).startsWith("2024-03-04 12:00");
  }

  @Test
  void theSpeakerIsChosenByVoteAcrossOccurrences() {
    Row quotation = quotation(quote("a1").getAs("quotation_id"));

    assertThat((String) quotation.getAs("speaker")).isEqualTo("Mara Lindqvist");
    assertThat((String) quotation.getAs("speaker_id"))
        .isEqualTo(quote("a1").getAs("speaker_id"));
    assertThat((double) quotation.getAs("speaker_share")).isCloseTo(2.0 / 3, within(1e-9));
    List<Row> votes = quotation.getList(quotation.fieldIndex("speaker_votes"));
    assertThat(votes).extracting(v -> v.getAs("speaker") + "=" + v.getAs("count"))
        .containsExactly("Mara Lindqvist=2", "Tomas Berg=1");
  }

  @Test
  void aSurnameJoinsTheOnlyFullNameWithItButKeepsItsInArticleSpeaker() {
    Row surnameOnly = quote("a3");

    assertThat((String) surnameOnly.getAs("speaker")).isEqualTo("Lindqvist");
    assertThat((String) surnameOnly.getAs("speaker_id")).isEqualTo(quote("a1").getAs("speaker_id"));
    Row entity = speaker(surnameOnly.getAs("speaker_id"));
    assertThat((String) entity.getAs("speaker")).isEqualTo("Mara Lindqvist");
    assertThat((String) entity.getAs("speaker_id"))
        .isEqualTo(ShortHash.of("person:" + SpeakerName.keyOf("Mara Lindqvist")));
    assertThat(entity.getList(entity.fieldIndex("aliases")))
        .containsExactly("Lindqvist", "Mara Lindqvist");
    assertThat((long) entity.getAs("quote_count")).isEqualTo(2);
    assertThat((long) entity.getAs("article_count")).isEqualTo(2);
    assertThat((String) entity.getAs("speaker_type")).isEqualTo("person");
  }

  @Test
  void aSurnameSharedByTwoFullNamesStaysApart() {
    Set<String> ids = new HashSet<>();
    for (String article : List.of("r1", "r2", "r3")) {
      ids.add(quote(article).getAs("speaker_id"));
    }

    assertThat(ids).hasSize(3).doesNotContainNull();
    assertThat((String) speaker(quote("r3").getAs("speaker_id")).getAs("speaker"))
        .isEqualTo("Okafor");
  }

  @Test
  void aPartOfTwoDifferentQuotationsStaysApart() {
    String part = quote("p3").getAs("quotation_id");

    assertThat(part).isNotIn((String) quote("p1").getAs("quotation_id"),
        (String) quote("p2").getAs("quotation_id"));
    assertThat((String) quote("p1").getAs("quotation_id"))
        .isNotEqualTo(quote("p2").getAs("quotation_id"));
    assertThat((long) quotation(part).getAs("occurrences")).isEqualTo(1);
  }

  @Test
  void nestedPartsJoinTheOutermostQuotation() {
    String id = quote("n1").getAs("quotation_id");

    assertThat((String) quote("n2").getAs("quotation_id")).as("the middle part").isEqualTo(id);
    assertThat((String) quote("n3").getAs("quotation_id")).as("a part of the middle part")
        .isEqualTo(id);
    Row quotation = quotation(id);
    assertThat((String) quotation.getAs("text")).isEqualTo(DEPOT);
    assertThat((long) quotation.getAs("occurrences")).isEqualTo(3);
    assertThat((double) quotation.getAs("speaker_share")).isEqualTo(1.0);
  }

  @Test
  void nonSpeechQuotesStayOutOfQuotations() {
    Row title = quote("t1");

    assertThat((String) title.getAs("kind")).isEqualTo("non-speech");
    assertThat((String) title.getAs("quotation_id")).isNull();
    assertThat(rows(Schemas.QUOTATIONS)).extracting(q -> (String) q.getAs("text"))
        .doesNotContain("Harbour Days");
  }

  @Test
  void idsAreTheHashesOfTheirKeysWhateverTheirSign() {
    for (Row quotation : rows(Schemas.QUOTATIONS)) {
      assertThat((String) quotation.getAs("quotation_id"))
          .isEqualTo(QuoteKey.idOf(quotation.getAs("text")));
    }
    for (Row s : rows(Schemas.SPEAKERS)) {
      assertThat((String) s.getAs("speaker_id")).isEqualTo(ShortHash.of(
          s.getAs("speaker_type") + ":" + SpeakerName.keyOf(s.getAs("speaker"))));
    }
    assertThat(rows(Schemas.QUOTATIONS)).hasSize(8);
    assertThat(rows(Schemas.SPEAKERS)).hasSize(6);
  }

  @Test
  void theTablesAgreeWithTheQuotesTable() {
    Map<String, Long> occurrences = new HashMap<>();
    Map<String, Long> quotesBySpeaker = new HashMap<>();
    for (Row q : rows(Schemas.QUOTES)) {
      boolean speech = !"non-speech".equals(q.getAs("kind"));
      assertThat(q.getAs("quotation_id") != null).isEqualTo(speech);
      assertThat(q.getAs("speaker_id") != null).isEqualTo(q.getAs("speaker") != null);
      if (speech) {
        occurrences.merge(q.getAs("quotation_id"), 1L, Long::sum);
      }
      if (q.getAs("speaker_id") != null) {
        quotesBySpeaker.merge(q.getAs("speaker_id"), 1L, Long::sum);
      }
    }
    for (Row quotation : rows(Schemas.QUOTATIONS)) {
      assertThat((long) quotation.getAs("occurrences"))
          .isEqualTo(occurrences.remove((String) quotation.getAs("quotation_id")));
    }
    assertThat(occurrences).isEmpty();
    for (Row s : rows(Schemas.SPEAKERS)) {
      assertThat((long) s.getAs("quote_count"))
          .isEqualTo(quotesBySpeaker.remove((String) s.getAs("speaker_id")));
    }
    assertThat(quotesBySpeaker).isEmpty();
    assertThat(summary.count(Schemas.QUOTATIONS)).isEqualTo(rows(Schemas.QUOTATIONS).size());
    assertThat(summary.count(Schemas.SPEAKERS)).isEqualTo(rows(Schemas.SPEAKERS).size());
  }

  @Test
  void aQuoteLargerThanAMemoryPageIsGroupedInAPageOfItsOwn() {
    assertThat(spark.sparkContext().conf().get(SessionSettings.PAGE_SIZE_KEY))
        .isEqualTo(SessionSettings.PAGE_SIZE);
    String longQuote = "the night ferry keeps running until the harbour bridge reopens "
        .repeat(50_000);
    assertThat(longQuote.length()).isGreaterThan(3 * 1024 * 1024);
    StructType occurrence = new StructType()
        .add("exact_id", DataTypes.LongType).add("text", DataTypes.StringType);
    Dataset<Row> occurrences = spark.createDataFrame(List.of(
        RowFactory.create(1L, longQuote), RowFactory.create(1L, longQuote),
        RowFactory.create(2L, "the depot will stay open all summer")), occurrence);

    Map<Long, Integer> words = new HashMap<>();
    for (Row key : QuotationMerge.keys(occurrences).collectAsList()) {
      words.put(key.getLong(0), key.getInt(2));
    }

    assertThat(words).containsEntry(1L, 500_000).containsEntry(2L, 7).hasSize(2);
  }
}

package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction of ```sql blocks from Markdown and the normal form used to compare engines. */
class SqlBlocksTest {

  private static final String README =
      String.join(
          "\n",
          "# Title",
          "```sql",
          "-- top quoted speakers; counts per speaker",
          "SELECT speaker, count(*) AS n FROM quotes GROUP BY speaker ORDER BY n DESC;",
          "```",
          "Some prose with `inline sql`.",
          "```bash",
          "SELECT 'not sql';",
          "```",
          "```SQL",
          "SELECT 'a;b' AS s;",
          "SELECT 2",
          "```");

  @Test
  void onlySqlFencesAreReadAndSplitAtTopLevelSemicolons() {
    List<SqlStatement> statements = SqlBlocks.parse("README.md", README);

    assertThat(statements)
        .extracting(SqlStatement::sql)
        .containsExactly(
            "-- top quoted speakers; counts per speaker\n"
                + "SELECT speaker, count(*) AS n FROM quotes GROUP BY speaker ORDER BY n DESC",
            "SELECT 'a;b' AS s",
            "SELECT 2");
    assertThat(statements).extracting(SqlStatement::origin)
        .containsExactly("README.md:2", "README.md:10", "README.md:10");
  }

  @Test
  void orderByCountsOnlyAtTopLevelOutsideCommentsAndLiterals() {
    assertThat(sql("SELECT a FROM t ORDER BY a").hasOrderBy()).isTrue();
    assertThat(sql("SELECT a FROM t\norder\n  by a").hasOrderBy()).isTrue();
    assertThat(sql("SELECT row_number() OVER (ORDER BY a) FROM t").hasOrderBy()).isFalse();
    assertThat(sql("SELECT * FROM (SELECT a FROM t ORDER BY a) x").hasOrderBy()).isFalse();
    assertThat(sql("SELECT 'order by' FROM t -- order by a").hasOrderBy()).isFalse();
    assertThat(sql("SELECT border_by FROM t").hasOrderBy()).isFalse();
  }

  @Test
  void numbersOfEveryTypeCompareByValueWithinTolerance() {
    Object fromLong = SqlValues.normalise(12L);
    Object fromHugeInt = SqlValues.normalise(BigInteger.valueOf(12));
    Object fromDecimal = SqlValues.normalise(new BigDecimal("12.000"));

    assertThat(SqlValues.same(fromLong, fromHugeInt)).isTrue();
    assertThat(SqlValues.same(fromLong, fromDecimal)).isTrue();
    assertThat(SqlValues.same(SqlValues.normalise(1.0 / 3), SqlValues.normalise(
        new BigDecimal("0.333333")))).isTrue();
    assertThat(SqlValues.same(fromLong, SqlValues.normalise(13))).isFalse();
    assertThat(SqlValues.same(SqlValues.normalise(0.5), SqlValues.normalise(0.6))).isFalse();
  }

  @Test
  void timestampsOfEveryTypeBecomeUtcInstants() {
    LocalDateTime noon = LocalDateTime.of(2024, 5, 17, 12, 0);

    assertThat(SqlValues.normalise(noon)).isEqualTo("2024-05-17T12:00:00Z");
    assertThat(SqlValues.normalise(OffsetDateTime.of(noon, ZoneOffset.ofHours(2))))
        .isEqualTo("2024-05-17T10:00:00Z");
    assertThat(SqlValues.normalise(Timestamp.from(noon.toInstant(ZoneOffset.UTC))))
        .isEqualTo("2024-05-17T12:00:00Z");
    assertThat(SqlValues.normalise(java.sql.Date.valueOf("2024-05-17"))).isEqualTo("2024-05-17");
  }

  @Test
  void sortingMakesRowOrderIrrelevantAndDifferencesAreNamed() {
    SqlAnswer spark = new SqlAnswer(List.of("a", "b"), List.of(row("x", 2L), row(null, 1L)));
    SqlAnswer duck = new SqlAnswer(List.of("a", "b"), List.of(row(null, 1L), row("x", 2L)));
    SqlAnswer other = new SqlAnswer(List.of("a", "b"), List.of(row(null, 1L), row("y", 2L)));

    assertThat(spark.differenceFrom(duck)).startsWith("row 0");
    assertThat(spark.sorted().differenceFrom(duck.sorted())).isNull();
    assertThat(spark.sorted().differenceFrom(other.sorted())).isEqualTo("row 1: [x, 2] vs [y, 2]");
  }

  private static SqlStatement sql(String text) {
    return new SqlStatement("test", text);
  }

  private static List<Object> row(Object a, Object b) {
    return Arrays.asList(SqlValues.normalise(a), SqlValues.normalise(b));
  }
}

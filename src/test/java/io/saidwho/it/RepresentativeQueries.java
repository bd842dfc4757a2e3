package io.saidwho.it;

import java.util.List;

/**
 * Analyst queries over the six tables that must answer the same on Spark SQL and DuckDB,
 * exercising what README queries typically use: joins on offsets, grouping, ordering, ratios,
 * window functions, date partitions, nulls and booleans. Kept beside the README blocks so the
 * engines stay compared even when the README changes.
 */
public final class RepresentativeQueries {

  public static final List<SqlStatement> ALL =
      List.of(
          query("SELECT article_id, count(*) AS quotes, sum(CASE WHEN closed THEN 1 ELSE 0 END)"
              + " AS closed_quotes FROM quotes GROUP BY article_id"),
          query("SELECT speaker, speaker_type, count(*) AS n,"
              + " count(DISTINCT article_id) AS articles FROM quotes"
              + " WHERE speaker IS NOT NULL GROUP BY speaker, speaker_type"
              + " ORDER BY n DESC, speaker"),
          query("SELECT article_id, quote_count, attributed_count,"
              + " round(100.0 * attributed_count / quote_count, 1) AS attributed_pct"
              + " FROM articles WHERE quote_count > 0"),
          query("SELECT kind, count(*) AS n, avg(end_char - begin_char) AS mean_chars,"
              + " min(confidence) AS min_conf, max(confidence) AS max_conf"
              + " FROM quotes GROUP BY kind"),
          query("SELECT q.quote_id, s.sentence_index, s.paragraph_index FROM quotes q"
              + " JOIN sentences s ON q.article_id = s.article_id"
              + " AND q.begin_char >= s.begin_char AND q.begin_char < s.end_char"),
          query("SELECT sieve, count(*) AS n FROM quotes GROUP BY sieve"),
          query("SELECT article_id, quote_id, row_number() OVER (PARTITION BY article_id"
              + " ORDER BY begin_char) AS nth FROM quotes"),
          query("SELECT batch_date, count(*) AS n FROM sentences"
              + " WHERE batch_date = DATE '" + JobConfFile.BATCH_DATE + "' GROUP BY batch_date"),
          query("SELECT stage, reason, count(*) AS n FROM rejects GROUP BY stage, reason"),
          query("SELECT s.speaker, s.quote_count, s.article_count FROM speakers s"
              + " ORDER BY s.quote_count DESC, s.speaker LIMIT 10"),
          query("SELECT title, source, url, published_at, char_count, token_count, sentence_count"
              + " FROM articles"),
          query("SELECT quotation_id, text, word_count, occurrences, article_count,"
              + " first_published_at, last_published_at, speaker_id, speaker, speaker_share"
              + " FROM quotations"),
          query("SELECT s.speaker_id, s.speaker, s.aliases, s.speaker_type, s.quote_count"
              + " FROM speakers s WHERE array_contains(s.aliases, s.speaker)"),
          query("SELECT q.article_id, q.speaker AS in_article, s.speaker AS resolved,"
              + " t.occurrences FROM quotes q JOIN speakers s ON s.speaker_id = q.speaker_id"
              + " AND s.batch_date = q.batch_date JOIN quotations t"
              + " ON t.quotation_id = q.quotation_id AND t.batch_date = q.batch_date"));

  private RepresentativeQueries() {}

  private static SqlStatement query(String sql) {
    return new SqlStatement("RepresentativeQueries", sql);
  }
}

package io.saidwho.job;

import io.saidwho.io.Schemas;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run did: its id, the rows written per table, the rejects by reason, and where the time
 * went. Core stage times are summed over all articles (CPU-side seconds across executors); the
 * other times are driver wall time.
 *
 * @param runId the run's id, also in every row's {@code run_id}
 * @param batchDate the partition written
 * @param outputPath root of the tables
 * @param manifestPath the manifest written
 * @param status {@code succeeded} or {@code rejects_exceeded}
 * @param tableCounts rows written per table
 * @param rejectsByReason reject rows per reason code
 * @param rejectRatio rejects / input records
 * @param analyzeSeconds summed core time in sentence/token analysis
 * @param quotesSeconds summed core time finding and classifying quotes
 * @param attributionSeconds summed core time attributing quotes
 * @param readSeconds wall time listing the input and planning the read
 * @param processSeconds wall time reading, parsing and processing every article (one pass)
 * @param writeSeconds wall time writing the tables (staged, or committed for Delta)
 * @param publishSeconds wall time making them visible (commit marker and renames)
 * @param crossArticleSeconds wall time of the job resolving quotations and speakers across the
 *     batch (and counting their tables), before the writes
 */
public record RunSummary(
    String runId,
    LocalDate batchDate,
    String outputPath,
    String manifestPath,
    String status,
    Map<String, Long> tableCounts,
    Map<String, Long> rejectsByReason,
    double rejectRatio,
    double analyzeSeconds,
    double quotesSeconds,
    double attributionSeconds,
    double readSeconds,
    double processSeconds,
    double writeSeconds,
    double publishSeconds,
    double crossArticleSeconds) {

  public static final String SUCCEEDED = "succeeded";
  public static final String REJECTS_EXCEEDED = "rejects_exceeded";

  public RunSummary {
    tableCounts = Collections.unmodifiableMap(new TreeMap<>(tableCounts));
    rejectsByReason = Collections.unmodifiableMap(new TreeMap<>(rejectsByReason));
  }

  /** Rows written to {@code table}; 0 when none. */
  public long count(String table) {
    return tableCounts.getOrDefault(table, 0L);
  }

  /** Input records read: every one became an article or a reject. */
  public long inputCount() {
    return count(Schemas.ARTICLES) + count(Schemas.REJECTS);
  }

  public boolean isRejectRatioExceeded() {
    return REJECTS_EXCEEDED.equals(status);
  }

  /** A short human-readable report. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "saidwho run %s (batch_date=%s): %s%n", runId,
        batchDate, status));
    for (String table : Schemas.TABLES) {
      out.append(String.format(Locale.ROOT, "  %-13s %5d rows  %s/%s/batch_date=%s%n", table,
          count(table), outputPath, table, batchDate));
    }
    out.append(String.format(Locale.ROOT, "  rejects by reason: %s (ratio %.3f)%n",
        rejectsByReason.isEmpty() ? "none" : rejectsByReason, rejectRatio));
    out.append(String.format(Locale.ROOT,
        "  time: read %.1fs, process %.1fs, cross-article %.1fs, write %.1fs, publish %.2fs;"
            + " core (summed) analyze %.2fs, quotes %.2fs, attribution %.2fs%n",
        readSeconds, processSeconds, crossArticleSeconds, writeSeconds, publishSeconds,
        analyzeSeconds, quotesSeconds,
        attributionSeconds));
    out.append("  manifest: ").append(manifestPath);
    return out.toString();
  }
}

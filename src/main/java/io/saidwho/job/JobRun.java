package io.saidwho.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.saidwho.config.JobConfig;
import io.saidwho.io.ArticleSource;
import io.saidwho.io.CrossArticleTables;
import io.saidwho.io.InputFiles;
import io.saidwho.io.ManifestWriter;
import io.saidwho.io.PathChecks;
import io.saidwho.io.RecordTypes;
import io.saidwho.io.Schemas;
import io.saidwho.io.TableWriter;
import io.saidwho.io.UnusablePathException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the job on a session: list and check paths, read the raw records, process them once
 * ({@link ProcessArticlesFn}, no shuffle before it), persist the result (MEMORY_AND_DISK), count
 * it, write the tables from it (the cross-article ones through {@link CrossArticleTables}), write
 * the manifest. Sets three SQL options on the session:
 * dynamic partition overwrite, TIMESTAMP_MICROS Parquet timestamps, and adaptive partitioning of
 * persisted plans (the small cross-article datasets are not kept in 200 shuffle partitions). Not reusable: one instance
 * per run.
 */
final class JobRun {

  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final JobConfig config;
  private final Configuration hadoop;
  private final Instant startedAt = Instant.now();
  private final String runId;
  private final Map<String, Long> tableCounts = new LinkedHashMap<>();
  private final Map<String, Long> rejectsByReason = new LinkedHashMap<>();
  private final long[] stageNanos = new long[3];

  JobRun(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
    this.runId = RUN_ID_TIME.format(startedAt) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  RunSummary execute() throws UnusablePathException {
    long t0 = System.nanoTime();
    InputFiles files = PathChecks.listInputs(config, hadoop);
    PathChecks.checkOutput(config.outputPath(), hadoop);
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    spark.conf().set("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
    Dataset<Row> processed = ArticleSource.read(spark, files)
        .mapPartitions(new ProcessArticlesFn(config.maxArticleChars(), config.attributionSieves()),
            Encoders.row(Schemas.RESULT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long t1 = System.nanoTime();
    try (CrossArticleTables crossArticle = new CrossArticleTables(processed)) {
      countProcessed(processed);
      long t2 = System.nanoTime();
      long crossArticleNanos = writeTables(processed, crossArticle);
      long t3 = System.nanoTime();
      Map<String, Double> wall = new LinkedHashMap<>();
      wall.put("read", seconds(t1 - t0));
      wall.put("process", seconds(t2 - t1));
      wall.put("cross_article", seconds(crossArticleNanos));
      wall.put("write", seconds(t3 - t2 - crossArticleNanos));
      String manifestPath = ManifestWriter.write(config.outputPath(), runId,
          new ManifestBuilder(runId, config, startedAt).build(files, status(), tableCounts,
              rejectsByReason, stageSeconds(), wall), hadoop);
      return summary(manifestPath, wall);
    } finally {
      processed.unpersist();
    }
  }

  private void countProcessed(Dataset<Row> processed) {
    spark.sparkContext().setJobDescription("saidwho: read and process articles");
    Row[] groups = (Row[]) processed
        .groupBy(col(Schemas.RECORD_TYPE), coalesce(col("reason"), lit("")).as("reason"))
        .agg(count(lit(1)), sum(Schemas.ANALYZE_NANOS), sum(Schemas.QUOTES_NANOS),
            sum(Schemas.ATTRIBUTION_NANOS))
        .collect();
    Map<String, Long> byType = new HashMap<>();
    for (Row group : groups) {
      String type = group.getString(0);
      byType.merge(type, group.getLong(2), Long::sum);
      if (RecordTypes.REJECT.equals(type)) {
        rejectsByReason.put(group.getString(1), group.getLong(2));
      }
      for (int i = 0; i < stageNanos.length; i++) {
        stageNanos[i] += group.isNullAt(3 + i) ? 0 : group.getLong(3 + i);
      }
    }
    tableCounts.put(Schemas.ARTICLES, byType.getOrDefault(RecordTypes.ARTICLE, 0L));
    tableCounts.put(Schemas.SENTENCES, byType.getOrDefault(RecordTypes.SENTENCE, 0L));
    tableCounts.put(Schemas.QUOTES, byType.getOrDefault(RecordTypes.QUOTE, 0L));
    tableCounts.put(Schemas.REJECTS, byType.getOrDefault(RecordTypes.REJECT, 0L));
  }

  /**
   * Writes every table; returns the wall nanos of the cross-article step: resolving quotations
   * and speakers across the batch, and writing the {@code quotations} and {@code speakers} tables.
   */
  private long writeTables(Dataset<Row> processed, CrossArticleTables crossArticle) {
    TableWriter writer = new TableWriter(config.outputPath(), runId, config.batchDate(),
        config.filesPerPartition());
    long t0 = System.nanoTime();
    spark.sparkContext().setJobDescription("saidwho: resolve quotations and speakers");
    crossArticle.prepare();
    long crossArticleNanos = System.nanoTime() - t0;
    for (String table : Schemas.TABLES) {
      long t = System.nanoTime();
      spark.sparkContext().setJobDescription("saidwho: write " + table);
      Dataset<Row> rows = CrossArticleTables.covers(table)
          ? writer.finish(crossArticle.table(table), table) : writer.table(processed, table);
      if (!tableCounts.containsKey(table)) {
        tableCounts.put(table, rows.count());
      }
      writer.write(rows, table, tableCounts.get(table));
      if (CrossArticleTables.covers(table) && !Schemas.QUOTES.equals(table)) {
        crossArticleNanos += System.nanoTime() - t;
      }
    }
    spark.sparkContext().setJobDescription(null);
    return crossArticleNanos;
  }

  private String status() {
    long inputs = tableCounts.get(Schemas.ARTICLES) + tableCounts.get(Schemas.REJECTS);
    return rejectRatio(inputs) > config.rejectsMaxRatio()
        ? RunSummary.REJECTS_EXCEEDED : RunSummary.SUCCEEDED;
  }

  private double rejectRatio(long inputs) {
    return inputs == 0 ? 0.0 : (double) tableCounts.get(Schemas.REJECTS) / inputs;
  }

  private Map<String, Double> stageSeconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("analyze", seconds(stageNanos[0]));
    out.put("quotes", seconds(stageNanos[1]));
    out.put("attribution", seconds(stageNanos[2]));
    return out;
  }

  private RunSummary summary(String manifest, Map<String, Double> wall) {
    long inputs = tableCounts.get(Schemas.ARTICLES) + tableCounts.get(Schemas.REJECTS);
    return new RunSummary(runId, config.batchDate(), config.outputPath(), manifest, status(),
        tableCounts, rejectsByReason, rejectRatio(inputs), seconds(stageNanos[0]),
        seconds(stageNanos[1]), seconds(stageNanos[2]), wall.get("read"), wall.get("process"),
        wall.get("write"), wall.get("cross_article"));
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}

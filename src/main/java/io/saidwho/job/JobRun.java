package io.saidwho.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.saidwho.config.JobConfig;
import io.saidwho.config.OutputFormat;
import io.saidwho.io.ArticleSource;
import io.saidwho.io.BatchLock;
import io.saidwho.io.CrossArticleTables;
import io.saidwho.io.DuplicateIds;
import io.saidwho.io.InputFiles;
import io.saidwho.io.ManifestWriter;
import io.saidwho.io.OutputLayout;
import io.saidwho.io.PathChecks;
import io.saidwho.io.Processed;
import io.saidwho.io.RejectReason;
import io.saidwho.io.RunRecovery;
import io.saidwho.io.Schemas;
import io.saidwho.io.TableSink;
import io.saidwho.io.TableWriteException;
import io.saidwho.io.TableWriter;
import io.saidwho.io.UnusablePathException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the job on a session: list and check paths, take the batch date's lock ({@link
 * BatchLock}), repair what dead runs of the date left ({@link RunRecovery}), write the manifest
 * {@code running}, read the raw records, process them once ({@link ProcessArticlesFn}, no shuffle
 * before it) into one typed row per record ({@code Processed}), persist that (MEMORY_AND_DISK),
 * materialise it with the one aggregate that counts the tables (also the distinct article ids:
 * when ids repeat, {@link DuplicateIds} turns the later copies into rejects), write every table
 * through the run's {@link TableSink}, side by side ({@link TableWrites}, as few files as the
 * batch's size needs: {@link OutputFiles}), publish them, write the final manifest, release the
 * lock. A failure after the start discards what the run staged, marks the manifest {@code failed}
 * and throws {@link RunFailedException}. The session's settings for the run ({@link RunSettings}:
 * Parquet timestamps, shuffle partitions sized to the batch, the cache's rows per batch for the
 * processed rows, {@code Processed.CACHE_BATCH_ROWS}, and for the cross-article datasets) are
 * given back when it ends. Not reusable: one instance per run.
 */
final class JobRun {

  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final JobConfig config;
  private final Configuration hadoop;
  private final Instant startedAt = Instant.now();
  private final String runId;
  private final OutputLayout layout;
  private final ManifestBuilder manifests;
  private final Map<String, Long> tableCounts = new LinkedHashMap<>();
  private final Map<String, Long> rejectsByReason = new LinkedHashMap<>();
  private final Map<String, Double> wall = new LinkedHashMap<>();
  private final long[] stageNanos = new long[3];
  private volatile String stage = "start";
  private long duplicateArticles;
  private long attributedQuotes;
  private long textChars;

  JobRun(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
    this.runId = RUN_ID_TIME.format(startedAt) + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.layout = OutputLayout.of(config.outputPath(), config.batchDate());
    this.manifests = new ManifestBuilder(runId, config, startedAt);
  }

  RunSummary execute() throws UnusablePathException {
    long t0 = System.nanoTime();
    InputFiles files = PathChecks.listInputs(config, hadoop);
    PathChecks.checkOutput(config.outputPath(), hadoop);
    FileSystem fs = fileSystem();
    try (BatchLock lock = BatchLock.acquire(fs, layout, runId)) {
      manifests.repaired(repair(fs));
      return runLocked(fs, files, t0);
    }
  }

  private FileSystem fileSystem() throws UnusablePathException {
    try {
      return layout.root().getFileSystem(hadoop);
    } catch (IOException e) {
      throw new UnusablePathException("output.path " + config.outputPath() + ": " + e, e);
    }
  }

  private Map<String, String> repair(FileSystem fs) throws UnusablePathException {
    try {
      return new RunRecovery(fs, layout, runId).repair(Schemas.TABLES);
    } catch (IOException e) {
      throw new UnusablePathException("output.path " + config.outputPath()
          + ": cannot repair what an earlier run of batch_date " + config.batchDate()
          + " left: " + e, e);
    }
  }

  private RunSummary runLocked(FileSystem fs, InputFiles files, long t0) {
    TableSink sink = TableSink.observed(
        TableSink.of(config.outputFormat(), spark, fs, layout, runId, Schemas.TABLES),
        table -> reach("write:" + table));
    String manifestPath;
    try {
      fs.mkdirs(layout.runStaging(runId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + layout.runStaging(runId), e);
    }
    manifestPath = ManifestWriter.write(config.outputPath(), runId, manifests.running(files),
        hadoop);
    try (RunSettings settings = RunSettings.apply(spark, files.totalBytes())) {
      if (config.outputFormat() == OutputFormat.DELTA) {
        settings.deltaSnapshotPartitions(spark.sparkContext().defaultParallelism());
      }
      return readProcessWritePublish(sink, files, t0, settings);
    } catch (RuntimeException | IOException e) {
      throw fail(sink, files, manifestPath, e);
    }
  }

  private RunSummary readProcessWritePublish(TableSink sink, InputFiles files, long t0,
      RunSettings settings) throws IOException {
    reach("read");
    settings.cacheBatchRows(Processed.CACHE_BATCH_ROWS);
    Dataset<Row> processed = ArticleSource.read(spark, files, config.maxArticleChars())
        .mapPartitions(new ProcessArticlesFn(config.attributionSieves()),
            Encoders.row(Processed.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long t1 = System.nanoTime();
    Dataset<Row> laterCopies = null;
    try {
      stage = "read and process";
      countProcessed(processed);
      Dataset<Row> tables = processed;
      if (duplicateArticles > 0) {
        laterCopies = DuplicateIds.laterCopies(processed).persist(StorageLevel.MEMORY_AND_DISK());
        countLaterCopies(laterCopies);
        tables = DuplicateIds.resolve(processed, laterCopies);
      }
      reach("process");
      long t2 = System.nanoTime();
      wall.put("read", seconds(t1 - t0));
      wall.put("process", seconds(t2 - t1));
      settings.cacheBatchRows(CrossArticleTables.CACHE_BATCH_ROWS);
      try (CrossArticleTables crossArticle = new CrossArticleTables(tables)) {
        stage = "cross_article";
        spark.sparkContext().setJobDescription("saidwho: resolve quotations and speakers");
        tableCounts.putAll(crossArticle.prepare());
        long t3 = System.nanoTime();
        wall.put("cross_article", seconds(t3 - t2));
        writeTables(tables, processed.rdd().getNumPartitions(), sink, crossArticle);
        wall.put("write", seconds(System.nanoTime() - t3));
      }
      return publish(sink, files, System.nanoTime());
    } finally {
      processed.unpersist();
      if (laterCopies != null) {
        laterCopies.unpersist();
      }
    }
  }

  private RunSummary publish(TableSink sink, InputFiles files, long t3) throws IOException {
    stage = "publish";
    wall.put("publish", 0.0);
    Map<String, Object> manifest = manifests.build(files, status(), tableCounts,
        rejectsByReason, stageSeconds(), wall);
    sink.publish(manifest, table -> reach("publish:" + table));
    wall.put("publish", seconds(System.nanoTime() - t3));
    String manifestPath = ManifestWriter.write(config.outputPath(), runId, manifest, hadoop);
    deleteRunFolder();
    return summary(manifestPath);
  }

  /** Discards what the run staged, marks its manifest failed; the exception to throw. */
  private RunFailedException fail(TableSink sink, InputFiles files, String manifestPath,
      Exception error) {
    try {
      sink.discard();
      deleteRunFolder();
    } catch (IOException | RuntimeException e) {
      error.addSuppressed(e);
    }
    String failedStage = error instanceof TableWriteException write
        ? "write:" + write.table() : stage;
    ManifestWriter.write(config.outputPath(), runId,
        manifests.failed(files, failedStage, RunFailedException.rootMessage(error)), hadoop);
    return new RunFailedException(failedStage, manifestPath, error);
  }

  /** The run's record and staging (and, after a publish, the previous partitions) go. */
  private void deleteRunFolder() throws IOException {
    FileSystem fs = layout.root().getFileSystem(hadoop);
    fs.delete(layout.runStaging(runId), true);
    if (fs.listStatus(layout.stagingOfDate()).length == 0) {
      fs.delete(layout.stagingOfDate(), false);
    }
  }

  private void reach(String point) {
    stage = point;
    StageHook.reached(point, config.batchDate(), runId);
  }

  /**
   * The one pass over the input: processes every record into the persisted dataset and reads
   * back, per reject reason, the row counts of the tables cut from it, the distinct article ids,
   * the text size and the core's stage times.
   */
  private void countProcessed(Dataset<Row> processed) {
    spark.sparkContext().setJobDescription("saidwho: read and process articles");
    String article = Processed.ARTICLE + ".";
    Row[] groups = (Row[]) processed
        .groupBy(coalesce(col(Processed.REJECT + ".reason"), lit("")).as("reason"))
        .agg(count(col(Processed.ARTICLE)), count(col(Processed.REJECT)),
            sum(article + "sentence_count"), sum(article + "quote_count"),
            sum(article + "attributed_count"), sum(article + "char_count"),
            count(col(Processed.EXTRACTED_TEXT)), count_distinct(col(article + "article_id")),
            sum(Processed.ANALYZE_NANOS), sum(Processed.QUOTES_NANOS),
            sum(Processed.ATTRIBUTION_NANOS))
        .collect();
    long[] totals = new long[8];
    for (Row group : groups) {
      for (int i = 0; i < totals.length; i++) {
        totals[i] += group.isNullAt(1 + i) ? 0 : group.getLong(1 + i);
      }
      for (int i = 0; i < stageNanos.length; i++) {
        stageNanos[i] += group.isNullAt(9 + i) ? 0 : group.getLong(9 + i);
      }
      if (group.getLong(2) > 0) {
        rejectsByReason.put(group.getString(0), group.getLong(2));
      }
    }
    tableCounts.put(Schemas.ARTICLES, totals[0]);
    tableCounts.put(Schemas.SENTENCES, totals[2]);
    tableCounts.put(Schemas.QUOTES, totals[3]);
    tableCounts.put(Schemas.REJECTS, totals[1]);
    tableCounts.put(Schemas.ARTICLE_TEXTS, totals[6]);
    attributedQuotes = totals[4];
    textChars = totals[5];
    duplicateArticles = totals[0] - totals[7];
  }

  /** Moves the later copies of repeated ids from the article counts to the rejects. */
  private void countLaterCopies(Dataset<Row> laterCopies) {
    Row sums = laterCopies.agg(count(lit(1)), sum("sentence_count"), sum("quote_count"),
        sum("attributed_count"), sum("has_text")).first();
    long copies = sums.getLong(0);
    tableCounts.merge(Schemas.ARTICLES, -copies, Long::sum);
    tableCounts.merge(Schemas.SENTENCES, sums.isNullAt(1) ? 0 : -sums.getLong(1), Long::sum);
    tableCounts.merge(Schemas.QUOTES, sums.isNullAt(2) ? 0 : -sums.getLong(2), Long::sum);
    tableCounts.merge(Schemas.ARTICLE_TEXTS, sums.isNullAt(4) ? 0 : -sums.getLong(4), Long::sum);
    tableCounts.merge(Schemas.REJECTS, copies, Long::sum);
    rejectsByReason.put(RejectReason.DUPLICATE_ID.code(), copies);
    attributedQuotes -= sums.isNullAt(3) ? 0 : sums.getLong(3);
  }

  /**
   * Writes every table from {@code tables}, cut from {@code partitions} processed partitions,
   * through {@code sink} (concurrently: {@link TableWrites}).
   */
  private void writeTables(Dataset<Row> tables, int partitions, TableSink sink,
      CrossArticleTables crossArticle) {
    stage = "write";
    int files = OutputFiles.perTable(textChars, partitions, config.filesPerPartition());
    TableWriter writer = new TableWriter(runId, config.batchDate(), files, sink, crossArticle);
    Map<String, Long> known = new LinkedHashMap<>(tableCounts);
    tableCounts.putAll(new TableWrites(spark.sparkContext(), writer)
        .write(tables, known, attributedQuotes));
    spark.sparkContext().setJobDescription(null);
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

  private RunSummary summary(String manifest) {
    long inputs = tableCounts.get(Schemas.ARTICLES) + tableCounts.get(Schemas.REJECTS);
    return new RunSummary(runId, config.batchDate(), config.outputPath(), manifest, status(),
        tableCounts, rejectsByReason, rejectRatio(inputs), seconds(stageNanos[0]),
        seconds(stageNanos[1]), seconds(stageNanos[2]), wall.get("read"), wall.get("process"),
        wall.get("write"), wall.get("publish"), wall.get("cross_article"));
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}

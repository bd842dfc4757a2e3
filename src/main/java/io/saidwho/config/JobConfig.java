package io.saidwho.config;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checked configuration of one run; built by {@link JobConfigLoader}, which validates every
 * key. See {@link ConfigKey} for the meaning and default of each field.
 *
 * @param inputPaths one or more input directories or files, as given
 * @param inputFormat the label of the format of every input ({@link #INPUT_FORMATS}), or null to
 *     choose per file by extension
 * @param maxArticleChars longer articles are rejected as {@code too_large}
 * @param outputPath root of the tables
 * @param outputFormat how the tables are stored
 * @param filesPerPartition coalesce hint, or null
 * @param batchDate partition value of every table
 * @param rejectsMaxRatio largest accepted rejects / inputs
 * @param attributionSieves sieve names in order, or null for the core's default
 * @param sparkMaster master for a new session
 * @param appName application name for a new session
 * @param settings the effective settings by dotted key (for the manifest)
 */
public record JobConfig(
    List<String> inputPaths,
    String inputFormat,
    int maxArticleChars,
    String outputPath,
    OutputFormat outputFormat,
    Integer filesPerPartition,
    LocalDate batchDate,
    double rejectsMaxRatio,
    List<String> attributionSieves,
    String sparkMaster,
    String appName,
    Map<String, String> settings) {

  public static final int DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;
  public static final double DEFAULT_REJECTS_MAX_RATIO = 0.5;
  public static final String DEFAULT_SPARK_MASTER = "local[*]";
  public static final String DEFAULT_APP_NAME = "saidwho";
  /** The values {@code input.format} accepts: the labels of io's input formats. */
  public static final List<String> INPUT_FORMATS = List.of("txt", "jsonl", "html", "warc");

  public JobConfig {
    inputPaths = List.copyOf(inputPaths);
    attributionSieves = attributionSieves == null ? null : List.copyOf(attributionSieves);
    settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
  }
}

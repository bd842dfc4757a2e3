package io.saidwho.job;

import io.saidwho.config.JobConfig;
import io.saidwho.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.package$;

/**
 * The content of a run's manifest ({@code <output>/_manifests/<run_id>.json}): run_id, batch_date,
 * started_at, finished_at, status ({@code running} at the start; {@code succeeded}, {@code
 * rejects_exceeded} or {@code failed} at the end), input paths, files read per format, files
 * skipped with their reason, output path and format, the effective config, versions (saidwho,
 * Spark, OpenNLP, Java), the dead runs this run repaired; when finished, rows per table, rejects
 * by reason, summed core stage seconds and the driver's wall seconds (read, process, write,
 * publish); when failed, the stage and the error.
 */
final class ManifestBuilder {

  static final String RUNNING = "running";
  static final String FAILED = "failed";

  private static final String POM_PROPERTIES = "/META-INF/maven/io.saidwho/saidwho/pom.properties";

  private final String runId;
  private final JobConfig config;
  private final Instant startedAt;
  private Map<String, String> repairedRuns = Map.of();

  ManifestBuilder(String runId, JobConfig config, Instant startedAt) {
    this.runId = runId;
    this.config = config;
    this.startedAt = startedAt;
  }

  /** Dead runs of the batch date this run repaired before it started, by run id. */
  ManifestBuilder repaired(Map<String, String> repairedRuns) {
    this.repairedRuns = Map.copyOf(repairedRuns);
    return this;
  }

  /** Written when the run starts: status {@code running}, no counts yet. */
  Map<String, Object> running(InputFiles files) {
    Map<String, Object> manifest = common(files, RUNNING);
    manifest.remove("finished_at");
    return manifest;
  }

  /** Written when the run fails after it started: status {@code failed} with the error. */
  Map<String, Object> failed(InputFiles files, String stage, String error) {
    Map<String, Object> manifest = common(files, FAILED);
    manifest.put("failed_stage", stage);
    manifest.put("error", error);
    return manifest;
  }

  /** The final manifest of a run that wrote its tables. */
  Map<String, Object> build(InputFiles files, String status, Map<String, Long> counts,
      Map<String, Long> rejectsByReason, Map<String, Double> stageSeconds,
      Map<String, Double> wallSeconds) {
    Map<String, Object> manifest = common(files, status);
    manifest.put("counts", counts);
    manifest.put("rejects_by_reason", rejectsByReason);
    manifest.put("stage_seconds", stageSeconds);
    manifest.put("wall_seconds", wallSeconds);
    return manifest;
  }

  private Map<String, Object> common(InputFiles files, String status) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", runId);
    manifest.put("batch_date", config.batchDate().toString());
    manifest.put("started_at", startedAt.toString());
    manifest.put("finished_at", Instant.now().toString());
    manifest.put("status", status);
    manifest.put("input_paths", config.inputPaths());
    manifest.put("input_files", files.countsByFormat());
    manifest.put("skipped_files", skippedFiles(files));
    manifest.put("output_path", config.outputPath());
    manifest.put("output_format", config.outputFormat().label());
    manifest.put("config", config.settings());
    manifest.put("versions", versions());
    manifest.put("repaired_runs", repairedRuns);
    return manifest;
  }

  private static List<Map<String, String>> skippedFiles(InputFiles files) {
    List<Map<String, String>> skipped = new ArrayList<>();
    files.skipped().forEach(f -> skipped.add(Map.of("path", f.path(), "reason", f.reason())));
    return skipped;
  }

  private static Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("saidwho", saidwhoVersion());
    versions.put("spark", package$.MODULE$.SPARK_VERSION());
    versions.put("opennlp", opennlp.tools.util.Version.currentVersion().toString());
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }

  private static String saidwhoVersion() {
    try (InputStream in = ManifestBuilder.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}

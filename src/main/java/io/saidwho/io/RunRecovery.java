package io.saidwho.io;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes or undoes what dead runs of one batch date left, before a new run of that date starts
 * (the caller holds the batch lock, so every other run folder under {@link
 * OutputLayout#stagingOfDate} belongs to a run that died). A run with a commit marker is rolled
 * forward (its publish completed, its manifest written from the marker with {@code recovered_by});
 * a run without one is rolled back (its staging deleted, its manifest marked {@code failed} with
 * the reason). Parquet leftovers of interrupted Spark writes in the table folders ({@code
 * .spark-staging-*}, {@code _temporary}) are deleted. Every step is idempotent, so a crash during
 * the repair is repaired by the run after.
 */
public final class RunRecovery {

  public static final String ROLLED_FORWARD = "rolled_forward";
  public static final String ROLLED_BACK = "rolled_back";

  private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);

  private final FileSystem fs;
  private final OutputLayout layout;
  private final String runId;

  public RunRecovery(FileSystem fs, OutputLayout layout, String runId) {
    this.fs = fs;
    this.layout = layout;
    this.runId = runId;
  }

  /** Repairs every dead run of the batch date; returns what was done, by dead run id. */
  public Map<String, String> repair(List<String> tables) throws IOException {
    Map<String, String> repaired = new LinkedHashMap<>();
    if (fs.exists(layout.stagingOfDate())) {
      for (FileStatus dead : fs.listStatus(layout.stagingOfDate())) {
        String deadRun = dead.getPath().getName();
        if (dead.isDirectory() && !deadRun.equals(runId)) {
          repaired.put(deadRun, repairRun(deadRun));
          LOG.warn("run {} of batch_date {} had died; {} by run {}", deadRun,
              layout.batchDate(), repaired.get(deadRun), runId);
        }
      }
    }
    deleteSparkLeftovers(tables);
    return repaired;
  }

  private String repairRun(String deadRun) throws IOException {
    Map<String, Object> marker = HadoopFiles.readJson(fs, layout.commitMarker(deadRun));
    String outcome;
    if (marker != null) {
      @SuppressWarnings("unchecked")
      List<String> tables = (List<String>) marker.get("tables");
      new PartitionPublisher(fs, layout, deadRun, tables).rollForward(table -> { });
      @SuppressWarnings("unchecked")
      Map<String, Object> manifest = new LinkedHashMap<>((Map<String, Object>) marker.get(
          "manifest"));
      manifest.put("recovered_by", runId);
      writeManifest(deadRun, manifest);
      outcome = ROLLED_FORWARD;
    } else {
      markAbandoned(deadRun);
      outcome = ROLLED_BACK;
    }
    fs.delete(layout.runStaging(deadRun), true);
    return outcome;
  }

  private void markAbandoned(String deadRun) throws IOException {
    Path path = manifestPath(deadRun);
    Map<String, Object> manifest = HadoopFiles.readJson(fs, path);
    if (manifest == null) {
      manifest = new LinkedHashMap<>();
      manifest.put("run_id", deadRun);
      manifest.put("batch_date", layout.batchDate().toString());
    }
    manifest.put("status", "failed");
    manifest.put("error", "abandoned: the run died before its publish; its staged tables were"
        + " deleted and the previous tables left as they were");
    manifest.put("recovered_by", runId);
    manifest.put("recovered_at", Instant.now().toString());
    HadoopFiles.writeJson(fs, path, manifest);
  }

  private void writeManifest(String deadRun, Map<String, Object> manifest) throws IOException {
    HadoopFiles.writeJson(fs, manifestPath(deadRun), manifest);
  }

  private Path manifestPath(String run) {
    return new Path(new Path(layout.root(), ManifestWriter.DIRECTORY), run + ".json");
  }

  private void deleteSparkLeftovers(List<String> tables) throws IOException {
    for (String table : tables) {
      Path dir = layout.table(table);
      if (!fs.exists(dir)) {
        continue;
      }
      for (FileStatus child : fs.listStatus(dir)) {
        String name = child.getPath().getName();
        if (name.startsWith(".spark-staging-") || name.equals("_temporary")) {
          fs.delete(child.getPath(), true);
          LOG.warn("deleted {} left by an interrupted Spark write", child.getPath());
        }
      }
    }
  }
}

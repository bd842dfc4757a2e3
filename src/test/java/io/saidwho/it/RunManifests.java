package io.saidwho.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads what a run left beside the tables: its manifest, the staging folders, the locks. */
public final class RunManifests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunManifests() {}

  /** The manifest of {@code runId} under {@code <output>/_manifests}. */
  public static JsonNode of(Path output, String runId) throws IOException {
    return JSON.readTree(output.resolve("_manifests").resolve(runId + ".json").toFile());
  }

  public static String status(Path output, String runId) throws IOException {
    return of(output, runId).path("status").asText();
  }

  /** Run folders under {@code _staging/batch_date=<date>} (runs not finished or repaired). */
  public static List<String> stagedRuns(Path output, String batchDate) throws IOException {
    Path dir = output.resolve("_staging").resolve("batch_date=" + batchDate);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> runs = Files.list(dir)) {
      return runs.map(r -> r.getFileName().toString()).sorted().toList();
    }
  }

  /** Lock files under {@code _locks} (held or left by a dead run). */
  public static List<String> locks(Path output) throws IOException {
    Path dir = output.resolve("_locks");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}

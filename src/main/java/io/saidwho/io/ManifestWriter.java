package io.saidwho.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes and reads a run's manifest, pretty JSON at {@code <output>/_manifests/<run_id>.json},
 * through Hadoop's {@link FileSystem} (local or distributed). Each write replaces the whole file
 * at once ({@link HadoopFiles#writeJson}): a run writes it {@code running} at its start and again
 * with its final status at its end, and a later run rewrites the manifest of a run that died.
 * Spark readers skip {@code _}-prefixed directories, so the manifests never mix with the tables.
 */
public final class ManifestWriter {

  public static final String DIRECTORY = "_manifests";

  private ManifestWriter() {}

  public static Path path(String outputPath, String runId) {
    return new Path(new Path(outputPath, DIRECTORY), runId + ".json");
  }

  /** Writes {@code manifest} and returns where it went. */
  public static String write(String outputPath, String runId, Map<String, Object> manifest,
      Configuration hadoop) {
    Path path = path(outputPath, runId);
    try {
      HadoopFiles.writeJson(path.getFileSystem(hadoop), path, manifest);
      return path.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the manifest " + path, e);
    }
  }

  /** The manifest of {@code runId}, or null when it has none. */
  public static Map<String, Object> read(String outputPath, String runId, Configuration hadoop)
      throws IOException {
    Path path = path(outputPath, runId);
    return HadoopFiles.readJson(path.getFileSystem(hadoop), path);
  }
}

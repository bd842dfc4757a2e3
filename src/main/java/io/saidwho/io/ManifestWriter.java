package io.saidwho.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes a run's manifest as pretty JSON to {@code <output>/_manifests/<run_id>.json} through
 * Hadoop's {@link FileSystem} (local or distributed). Spark readers skip {@code _}-prefixed
 * directories, so the manifests never mix with the tables.
 */
public final class ManifestWriter {

  public static final String DIRECTORY = "_manifests";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestWriter() {}

  /** Writes {@code manifest} and returns where it went. */
  public static String write(String outputPath, String runId, Map<String, Object> manifest,
      Configuration hadoop) {
    Path path = new Path(new Path(outputPath, DIRECTORY), runId + ".json");
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      fs.setWriteChecksum(false);
      try (OutputStream out = fs.create(path, true)) {
        MAPPER.writeValue(out, manifest);
      }
      return path.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the manifest " + path, e);
    }
  }
}

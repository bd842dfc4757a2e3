package io.saidwho.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the JSON configuration file the job reads ({@code --conf}): input paths (comma
 * separated), output path and batch date, every other key left to its default. Stateless.
 */
public final class JobConfFile {

  /** The batch date every integration test writes, so reruns replace the same partition. */
  public static final String BATCH_DATE = "2026-01-15";

  private JobConfFile() {}

  public static Path write(Path file, String inputPaths, Path output) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode conf = json.createObjectNode();
    conf.putObject("input").put("path", inputPaths);
    conf.putObject("output").put("path", output.toAbsolutePath().toString());
    conf.putObject("run").put("batch-date", BATCH_DATE);
    Files.createDirectories(file.getParent());
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), conf);
    return file;
  }
}

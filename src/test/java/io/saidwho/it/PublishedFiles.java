package io.saidwho.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under the table folders of an output path ({@code <output>/<table>/...}, hidden ones
 * such as checksums and Spark leftovers included), by path relative to the output, with the
 * SHA-256 of its bytes. Two equal snapshots mean a reader of any table sees exactly the same
 * bytes: a stricter check than equal query results, and one that needs no Spark job. Stateless.
 */
public final class PublishedFiles {

  private PublishedFiles() {}

  /** The files of {@code tables} under {@code output}, in path order. */
  public static Map<String, String> snapshot(Path output, List<String> tables)
      throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String table : tables) {
      Path dir = output.resolve(table);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path file : paths.filter(Files::isRegularFile).toList()) {
          files.put(output.relativize(file).toString(), sha256(file));
        }
      }
    }
    return files;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

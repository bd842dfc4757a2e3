package io.saidwho.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The tables of the job contract and where they live under an output path ({@code
 * <output>/<table>/batch_date=YYYY-MM-DD/part-*.parquet}). Stateless.
 */
public final class OutputTables {

  /** Every table the job writes, in contract order. */
  public static final List<String> NAMES =
      List.of("articles", "sentences", "quotes", "speakers", "rejects", "article_texts",
          "quotations");

  private OutputTables() {}

  /** Whether {@code table} has at least one committed partition folder with a Parquet file. */
  public static boolean hasCommittedPartition(Path output, String table) {
    Path dir = output.resolve(table);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> partitions = Files.list(dir)) {
      return partitions
          .filter(p -> p.getFileName().toString().startsWith("batch_date="))
          .anyMatch(OutputTables::hasParquetFile);
    } catch (IOException | UncheckedIOException e) {
      return false; // a concurrent writer renamed or deleted it: not committed yet
    }
  }

  /** Run ids of the manifests under {@code <output>/_manifests} (file names without .json). */
  public static Set<String> manifestRunIds(Path output) throws IOException {
    Path folder = output.resolve("_manifests");
    Set<String> ids = new TreeSet<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
            .forEach(n -> ids.add(n.substring(0, n.length() - ".json".length())));
      }
    }
    return ids;
  }

  /** Glob DuckDB reads a table with, partition folders included. */
  public static String parquetGlob(Path output, String table) {
    return output.toAbsolutePath().resolve(table) + "/*/*.parquet";
  }

  private static boolean hasParquetFile(Path partition) {
    try (Stream<Path> files = Files.list(partition)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}

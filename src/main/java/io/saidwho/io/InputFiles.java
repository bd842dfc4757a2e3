package io.saidwho.io;

import io.saidwho.io.input.InputFile;
import io.saidwho.io.input.SkippedFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The input files of a run, listed on the driver: those to read, in input order, and those found
 * but not read, each with its reason (the manifest's {@code skipped_files}).
 */
public record InputFiles(List<InputFile> files, List<SkippedFile> skipped) {

  public InputFiles {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  public int fileCount() {
    return files.size();
  }

  /** How many files each format reads, by label (the manifest's {@code input_files}). */
  public Map<String, Integer> countsByFormat() {
    Map<String, Integer> counts = new TreeMap<>();
    files.forEach(file -> counts.merge(file.format(), 1, Integer::sum));
    return counts;
  }

  /** The total size in bytes of the files to read, as listed. */
  public long totalBytes() {
    long total = 0;
    for (InputFile file : files) {
      total += file.length();
    }
    return total;
  }
}

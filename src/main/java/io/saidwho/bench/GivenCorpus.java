package io.saidwho.bench;

import io.saidwho.config.InputFormat;
import io.saidwho.core.text.Article;
import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus given on the command line ({@code --corpus DIR|FILE}): a folder of {@code .txt}
 * articles (or of JSON Lines files), or one JSON Lines file, read by the job where it is. With
 * {@code --repeat K} (K > 1, folders of {@code .txt} only) the job reads a folder of K symbolic
 * links per article in the work directory, named {@code r<k>-<file name>}: K distinct article ids,
 * the text still read from the given files and never copied. The sample is parsed by the job's own
 * {@link RecordParser}, so that the baselines see the text the job sees.
 */
final class GivenCorpus implements BenchCorpus {

  private static final int MAX_CHARS = 2_000_000;

  private final Path source;
  private final int repeat;
  private final Path links;

  GivenCorpus(Path source, int repeat, Path workdir) {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1: " + repeat);
    }
    this.source = source.toAbsolutePath().normalize();
    this.repeat = repeat;
    this.links = workdir.toAbsolutePath().resolve("corpus-" + name());
  }

  @Override
  public String name() {
    String base = source.getFileName().toString();
    return repeat == 1 ? base : base + "-x" + repeat;
  }

  @Override
  public void prepare() throws IOException {
    List<Path> files = files();
    if (repeat == 1) {
      return;
    }
    if (!files.stream().allMatch(f -> InputFormat.ofFileName(f.toString()) == InputFormat.TXT)) {
      throw new IllegalArgumentException(
          "--repeat needs a folder of .txt articles (JSON Lines ids would repeat): " + source);
    }
    if (Files.isDirectory(links)) {
      try (Stream<Path> old = Files.list(links)) {
        for (Path link : old.toList()) {
          Files.delete(link);
        }
      }
    }
    Files.createDirectories(links);
    for (int k = 0; k < repeat; k++) {
      for (Path file : files) {
        Files.createSymbolicLink(links.resolve("r" + k + "-" + file.getFileName()), file);
      }
    }
    System.out.printf("Linked %d x %d articles of %s in %s%n", repeat, files.size(), source,
        links);
  }

  @Override
  public String inputPath() {
    return (repeat == 1 ? source : links).toString();
  }

  @Override
  public String inputFormat() {
    return null;
  }

  @Override
  public List<Article> sample(int size) throws IOException {
    RecordParser parser = new RecordParser(MAX_CHARS);
    List<Article> sample = new ArrayList<>();
    for (Path file : files()) {
      InputFormat format = InputFormat.ofFileName(file.toString());
      byte[] bytes = Files.readAllBytes(file);
      for (byte[] record : format == InputFormat.TXT ? List.of(bytes) : lines(bytes)) {
        ParsedRecord parsed = parser.parse(file.toUri().toString(), format, record);
        if (!parsed.isRejected()) {
          sample.add(parsed.article());
        }
        if (sample.size() == size) {
          return sample;
        }
      }
    }
    return sample;
  }

  /** The article files of the corpus, in name order, as the job lists a folder. */
  private List<Path> files() throws IOException {
    if (Files.isRegularFile(source)) {
      return List.of(source);
    }
    if (!Files.isDirectory(source)) {
      throw new IllegalArgumentException("--corpus does not exist: " + source);
    }
    try (Stream<Path> children = Files.list(source)) {
      List<Path> files = children
          .filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")
              && !f.getFileName().toString().startsWith("_")
              && InputFormat.ofFileName(f.getFileName().toString()) != null)
          .sorted()
          .toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException("--corpus has no .txt, .jsonl or .json files: " + source);
      }
      return files;
    }
  }

  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}

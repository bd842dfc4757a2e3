package io.saidwho.bench;

import io.saidwho.config.ConfigException;
import io.saidwho.config.JobConfig;
import io.saidwho.config.JobConfigLoader;
import io.saidwho.core.text.Article;
import io.saidwho.io.RecordParser;
import io.saidwho.io.UnusablePathException;
import io.saidwho.io.input.FileSplit;
import io.saidwho.io.input.InputFile;
import io.saidwho.io.input.InputFormats;
import io.saidwho.io.input.InputListing;
import io.saidwho.io.input.InputRecord;
import io.saidwho.io.input.LocalFileOpener;
import io.saidwho.io.input.SplitReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;

/**
 * A corpus given on the command line ({@code --corpus DIR|FILE}, local): a folder of articles in
 * any input format, or one file, read by the job where it is. With {@code --repeat K} (K > 1,
 * {@code .txt} articles only) the job reads a folder of K symbolic links per article in the work
 * directory, named {@code r<k>-<file name>}: K distinct article ids, the text still read from the
 * given files and never copied. The files are listed and the sample read with the job's own input
 * listing and formats, so that the baselines see the articles the job sees.
 */
final class GivenCorpus implements BenchCorpus {

  private final Path source;
  private final int repeat;
  private final int first;
  private final Path workdir;
  private final Path links;

  GivenCorpus(Path source, int repeat, Path workdir) {
    this(source, repeat, 0, workdir);
  }

  /** {@code first} > 0: only the first that many files of the listing, each once. */
  private GivenCorpus(Path source, int repeat, int first, Path workdir) {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1: " + repeat);
    }
    this.source = source.toAbsolutePath().normalize();
    this.repeat = repeat;
    this.first = first;
    this.workdir = workdir;
    this.links = workdir.toAbsolutePath().resolve("corpus-" + name());
  }

  @Override
  public String name() {
    String base = source.getFileName().toString();
    String repeated = repeat == 1 ? base : base + "-x" + repeat;
    return first == 0 ? repeated : repeated + "-first" + first;
  }

  @Override
  public void prepare() throws IOException {
    List<InputFile> files = files();
    if (repeat == 1 && first == 0) {
      return;
    }
    if (!allText(files)) {
      throw new IllegalArgumentException(
          "--repeat needs .txt articles (ids inside other formats would repeat): " + source);
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
      for (InputFile file : files) {
        Files.createSymbolicLink(links.resolve("r" + k + "-" + file.name()),
            Path.of(URI.create(file.uri())));
      }
    }
    System.out.printf("Linked %d x %d articles of %s in %s%n", repeat, files.size(), source,
        links);
  }

  @Override
  public String inputPath() {
    return (repeat == 1 && first == 0 ? source : links).toString();
  }

  @Override
  public String inputFormat() {
    return null;
  }

  @Override
  public List<Article> sample(int size) throws IOException {
    List<FileSplit> splits = new ArrayList<>();
    files().forEach(file -> splits.add(FileSplit.whole(file)));
    SplitReader records = new SplitReader(splits.iterator(), new LocalFileOpener(),
        new RecordParser(JobConfig.DEFAULT_MAX_ARTICLE_CHARS));
    List<Article> sample = new ArrayList<>();
    while (sample.size() < size && records.hasNext()) {
      InputRecord record = records.next();
      if (!record.parsed().isRejected()) {
        sample.add(record.parsed().article());
      }
    }
    return sample;
  }

  /**
   * The first {@code size} files, each once, as links: one article per file, so the first
   * {@code size} articles of the corpus and of the sample. Empty for other formats than {@code
   * .txt}, whose files hold any number of articles.
   */
  @Override
  public Optional<BenchCorpus> head(long size) throws IOException {
    int files = (int) Math.min(size, Integer.MAX_VALUE);
    return allText(files()) ? Optional.of(new GivenCorpus(source, 1, files, workdir))
        : Optional.empty();
  }

  private static boolean allText(List<InputFile> files) {
    return files.stream().allMatch(f -> f.format().equals(InputFormats.TXT.label()));
  }

  /** The corpus's input files, as the job lists them (the first {@code first} when set). */
  private List<InputFile> files() throws IOException {
    List<InputFile> listed = listed();
    return first == 0 ? listed : listed.subList(0, Math.min(first, listed.size()));
  }

  private List<InputFile> listed() throws IOException {
    try {
      JobConfig config = JobConfigLoader.parse("{}",
          Map.of("input.path", source.toString(), "output.path", "unused"), "bench");
      return InputListing.list(config, new Configuration()).files();
    } catch (ConfigException | UnusablePathException e) {
      throw new IllegalArgumentException("--corpus " + source + ": " + e.getMessage(), e);
    }
  }
}

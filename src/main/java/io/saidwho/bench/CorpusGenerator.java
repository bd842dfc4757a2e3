package io.saidwho.bench;

import io.saidwho.core.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Writes a synthetic news corpus, the same bytes for the same seed (see {@link
 * ArticleSynthesizer}).
 *
 * <p>{@code jsonl}: files {@code part-NNNNN.jsonl} of {@code --shard-size} articles, one JSON
 * object per line ({@code id, title, text, source, url, published_at}). {@code txt}: one {@code
 * <id>.txt} per article, the title on the first line, then one paragraph per line. A {@code
 * _corpus.properties} file (ignored by Spark, which skips names starting with "_") records the
 * parameters, so a later run can reuse the corpus.
 *
 * <p>Usage: {@code --articles N --seed S --out DIR [--format jsonl|txt] [--shard-size K]}
 */
public final class CorpusGenerator {

  static final String MARKER = "_corpus.properties";

  private CorpusGenerator() {}

  /** What to generate. */
  public record Spec(long articles, long seed, String format, int shardSize) {
    public Spec {
      if (articles < 1 || shardSize < 1) {
        throw new IllegalArgumentException("articles and shard size must be positive");
      }
      if (!format.equals("jsonl") && !format.equals("txt")) {
        throw new IllegalArgumentException("format must be jsonl or txt, not " + format);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    CliArgs cli = new CliArgs(args, Set.of("articles", "seed", "out", "format", "shard-size"));
    Spec spec =
        new Spec(
            cli.number("articles", 1000),
            cli.number("seed", 42),
            cli.string("format", "jsonl").toLowerCase(Locale.ROOT),
            (int) cli.number("shard-size", 5000));
    Path out = Path.of(cli.required("out"));
    long start = System.nanoTime();
    generate(spec, out);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT, "Wrote %d articles (%s) to %s in %.1f s%n", spec.articles(), spec.format(),
        out, seconds);
  }

  /** Writes the corpus into {@code out} (created if needed), in parallel over shards. */
  public static void generate(Spec spec, Path out) throws IOException {
    Files.createDirectories(out);
    Files.deleteIfExists(out.resolve(MARKER));
    ArticleSynthesizer synthesizer = new ArticleSynthesizer(spec.seed());
    long shards = (spec.articles() + spec.shardSize() - 1) / spec.shardSize();
    LongStream.range(0, shards)
        .parallel()
        .forEach(shard -> writeShard(spec, synthesizer, out, shard));
    writeMarker(spec, out);
  }

  /** True when {@code out} holds a complete corpus generated from {@code spec}. */
  public static boolean exists(Spec spec, Path out) throws IOException {
    Path marker = out.resolve(MARKER);
    return Files.isRegularFile(marker) && Files.readString(marker).equals(markerText(spec));
  }

  private static void writeShard(Spec spec, ArticleSynthesizer synthesizer, Path out, long shard) {
    long first = shard * spec.shardSize();
    long last = Math.min(spec.articles(), first + spec.shardSize());
    try {
      if (spec.format().equals("jsonl")) {
        writeJsonl(synthesizer, out.resolve(String.format("part-%05d.jsonl", shard)), first, last);
      } else {
        for (long i = first; i < last; i++) {
          Article article = synthesizer.article(i);
          String body = article.title() + "\n" + article.text() + "\n";
          Files.writeString(out.resolve(article.id() + ".txt"), body, StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write shard " + shard + " under " + out, e);
    }
  }

  private static void writeJsonl(ArticleSynthesizer synthesizer, Path file, long first, long last)
      throws IOException {
    StringBuilder line = new StringBuilder(16_384);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = first; i < last; i++) {
        line.setLength(0);
        JsonLines.append(line, synthesizer.article(i));
        writer.append(line);
      }
    }
  }

  private static void writeMarker(Spec spec, Path out) throws IOException {
    Files.writeString(out.resolve(MARKER), markerText(spec), StandardCharsets.UTF_8);
  }

  private static String markerText(Spec spec) {
    return "articles=" + spec.articles() + "\nseed=" + spec.seed() + "\nformat=" + spec.format()
        + "\nshard-size=" + spec.shardSize() + "\n";
  }
}

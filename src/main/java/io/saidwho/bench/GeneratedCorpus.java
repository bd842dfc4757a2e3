package io.saidwho.bench;

import io.saidwho.core.text.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The synthetic corpus of {@link CorpusGenerator}: {@code articles} articles of seed {@code seed}
 * as JSON Lines in the work directory, generated once and reused while its parameters match. The
 * sample is regenerated from the seed: the same articles as in the files.
 */
final class GeneratedCorpus implements BenchCorpus {

  private final CorpusGenerator.Spec spec;
  private final Path workdir;
  private final Path dir;

  GeneratedCorpus(long articles, long seed, int shardSize, Path workdir) {
    this.spec = new CorpusGenerator.Spec(articles, seed, "jsonl", shardSize);
    this.workdir = workdir;
    this.dir = workdir.resolve("corpus-" + articles + "-" + seed);
  }

  @Override
  public String name() {
    return spec.articles() + "-" + spec.seed();
  }

  @Override
  public void prepare() throws IOException {
    if (CorpusGenerator.exists(spec, dir)) {
      System.out.println("Reusing corpus " + dir);
      return;
    }
    long start = System.nanoTime();
    CorpusGenerator.generate(spec, dir);
    System.out.printf(Locale.ROOT, "Generated %d articles in %s in %.1f s%n", spec.articles(),
        dir, (System.nanoTime() - start) / 1e9);
  }

  @Override
  public String inputPath() {
    return dir.toAbsolutePath().toString();
  }

  @Override
  public String inputFormat() {
    return "jsonl";
  }

  @Override
  public List<Article> sample(int size) {
    ArticleSynthesizer synthesizer = new ArticleSynthesizer(spec.seed());
    List<Article> sample = new ArrayList<>();
    for (long i = 0; i < Math.min(size, spec.articles()); i++) {
      sample.add(synthesizer.article(i));
    }
    return sample;
  }

  /** The corpus of the same seed with fewer articles: its articles are this one's first. */
  @Override
  public Optional<BenchCorpus> head(long size) {
    return Optional.of(new GeneratedCorpus(Math.min(size, spec.articles()), spec.seed(),
        spec.shardSize(), workdir));
  }
}

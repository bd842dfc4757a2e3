package io.saidwho.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus's warm-up head holds its first articles, of its own seed. */
class GeneratedCorpusTest {

  @TempDir Path workdir;

  @Test
  void theWarmUpHeadIsTheFirstArticlesOfTheSameSeed() throws Exception {
    GeneratedCorpus corpus = new GeneratedCorpus(12, 7, 5, workdir);

    BenchCorpus head = corpus.head(4).orElseThrow();
    head.prepare();

    assertThat(head.sample(100)).extracting(Article::text)
        .containsExactlyElementsOf(corpus.sample(4).stream().map(Article::text).toList());
    long lines;
    try (Stream<Path> files = Files.list(Path.of(head.inputPath()))) {
      lines = files.filter(f -> f.toString().endsWith(".jsonl")).mapToLong(f -> {
        try (Stream<String> l = Files.lines(f)) {
          return l.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
    assertThat(lines).isEqualTo(4);
    assertThat(corpus.head(50).orElseThrow().sample(100)).hasSize(12);
  }
}

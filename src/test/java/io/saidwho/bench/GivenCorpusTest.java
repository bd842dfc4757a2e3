package io.saidwho.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saidwho.core.text.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A given corpus is read where it is; --repeat links each article K times under new names. */
class GivenCorpusTest {

  @TempDir Path source;
  @TempDir Path workdir;

  private void twoArticles() throws Exception {
    Files.writeString(source.resolve("b.txt"), "Second headline\n\"Yes,\" Tom Reed said.\n");
    Files.writeString(source.resolve("a.txt"), "First headline\nNo quote here.\n");
    Files.writeString(source.resolve("notes.md"), "not an article");
  }

  @Test
  void theSampleIsParsedAsTheJobParsesTxtArticles() throws Exception {
    twoArticles();

    List<Article> sample = new GivenCorpus(source, 1, workdir).sample(10);

    assertThat(sample).extracting(Article::id).containsExactly("a.txt", "b.txt");
    assertThat(sample.get(1).title()).isEqualTo("Second headline");
    assertThat(new GivenCorpus(source, 1, workdir).sample(1)).hasSize(1);
    assertThat(new GivenCorpus(source, 1, workdir).inputPath()).isEqualTo(source.toString());
  }

  @Test
  void repeatLinksEveryArticleKTimesWithDistinctNames() throws Exception {
    twoArticles();
    GivenCorpus corpus = new GivenCorpus(source, 3, workdir);

    corpus.prepare();

    Path links = Path.of(corpus.inputPath());
    try (Stream<Path> files = Files.list(links)) {
      List<Path> all = files.sorted().toList();
      assertThat(all).extracting(p -> p.getFileName().toString()).containsExactly(
          "r0-a.txt", "r0-b.txt", "r1-a.txt", "r1-b.txt", "r2-a.txt", "r2-b.txt");
      for (Path link : all) {
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link).getParent()).isEqualTo(source);
      }
    }
    assertThat(corpus.name()).endsWith("-x3");
  }

  @Test
  void repeatRefusesJsonLinesWhoseIdsWouldRepeat() throws Exception {
    Path file = source.resolve("c.jsonl");
    Files.writeString(file, "{\"id\": \"1\", \"text\": \"Hello.\"}\n");

    assertThatThrownBy(() -> new GivenCorpus(file, 2, workdir).prepare())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--repeat");
  }

  @Test
  void theWarmUpHeadIsTheFirstArticlesOnceEvenOfARepeatedCorpus() throws Exception {
    twoArticles();
    Files.writeString(source.resolve("c.txt"), "Third headline\n\"No,\" Ann Lee said.\n");
    GivenCorpus repeated = new GivenCorpus(source, 4, workdir);

    BenchCorpus head = repeated.head(2).orElseThrow();
    head.prepare();

    try (Stream<Path> files = Files.list(Path.of(head.inputPath()))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("r0-a.txt", "r0-b.txt");
    }
    assertThat(head.sample(10)).extracting(Article::id).containsExactly("a.txt", "b.txt");
    assertThat(head.name()).isNotEqualTo(repeated.name());
    assertThat(repeated.head(10).orElseThrow().sample(10)).hasSize(3);
  }

  @Test
  void aCorpusOfFilesHoldingManyArticlesHasNoWarmUpHead() throws Exception {
    Path file = source.resolve("c.jsonl");
    Files.writeString(file, "{\"id\": \"1\", \"text\": \"Hello.\"}\n");

    assertThat(new GivenCorpus(file, 1, workdir).head(1)).isEmpty();
  }
}

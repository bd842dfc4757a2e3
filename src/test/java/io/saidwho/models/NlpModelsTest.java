package io.saidwho.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.text.QuoteMarkNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The models from the classpath; the shared POS model decodes greedily without changing tags. */
class NlpModelsTest {

  @Test
  void sharedPosModelUsesBeamSizeOneAndShippedUsesThree() {
    assertThat(NlpModels.shared().pos().getManifestProperty("BeamSize")).isEqualTo("1");
    assertThat(NlpModels.loadShippedPos().getManifestProperty("BeamSize")).isEqualTo("3");
  }

  @Test
  void greedyTaggingAgreesWithShippedBeamSearchOnTheSampleArticles() throws IOException {
    NlpModels models = NlpModels.shared();
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentences());
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    POSTaggerME greedy = new POSTaggerME(models.pos());
    POSTaggerME shipped = new POSTaggerME(NlpModels.loadShippedPos());
    long tokens = 0;
    long same = 0;
    for (String paragraph : sampleParagraphs()) {
      for (String sentence : sentences.sentDetect(paragraph)) {
        String[] words = tokenizer.tokenize(sentence);
        String[] a = greedy.tag(words);
        String[] b = shipped.tag(words);
        for (int i = 0; i < words.length; i++) {
          same += a[i].equals(b[i]) ? 1 : 0;
        }
        tokens += words.length;
      }
    }

    assertThat(tokens).isGreaterThan(4000);
    assertThat(same / (double) tokens).isGreaterThanOrEqualTo(0.995);
  }

  @Test
  void greedyCopyKeepsLanguageAndTagSet() {
    POSModel shipped = NlpModels.loadShippedPos();
    POSModel greedy = NlpModels.greedy(shipped);

    assertThat(greedy.getLanguage()).isEqualTo(shipped.getLanguage());
    assertThat(new POSTaggerME(greedy).getAllPosTags())
        .containsExactlyInAnyOrder(new POSTaggerME(shipped).getAllPosTags());
  }

  private static List<String> sampleParagraphs() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("sample-data/articles"))) {
      return files
          .sorted()
          .flatMap(NlpModelsTest::lines)
          .map(QuoteMarkNormalizer::normalize)
          .filter(line -> !line.isBlank())
          .toList();
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }
}

package io.saidwho.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.attribution.Attribution;
import io.saidwho.core.text.Article;
import io.saidwho.models.NlpModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One text: every mention, speaker, title and cue the core hands out is the article's own text,
 * cut at its offsets, never a normalised copy (typographic apostrophes and no-break spaces stay as
 * written). Checked over every sample-data article, over spelling variants of them (straight and
 * curly apostrophes, no-break spaces between words), and over seeded random text.
 */
class OneTextTest {

  private static ArticleProcessor processor;

  @BeforeAll
  static void loadModels() {
    processor = NlpModels.shared().newProcessor();
  }

  @Test
  void everyTextOfEveryAttributionIsCutFromTheArticle() throws IOException {
    List<String> texts = sampleArticles();
    assertThat(texts).hasSizeGreaterThan(15);
    int attributed = 0;
    for (String text : texts) {
      for (String variant : List.of(text, curly(text), withNoBreakSpaces(text))) {
        attributed += check(variant);
      }
    }
    assertThat(attributed).as("attributed quotes checked").isGreaterThan(500);
  }

  @Test
  void randomTextKeepsTheProperty() {
    Random random = new Random(20261201L);
    String[] pieces = {"“", "”", "’", "'", "\u00A0", " ", "Seán O’Brien", "said", "he", ",", ".",
        "\n", "Dr.", "the minister", "told reporters:", "according to", "Roe", "—"};
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 60; k++) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      check(text.toString());
    }
  }

  @Test
  void oneManWrittenWithCurlyApostrophesStaysOneSpeaker() {
    String text = "\u201CWe won,\u201D said Se\u00E1n O\u2019Brien, the club\u2019s captain.\n"
        + "\u201CIt was hard,\u201D O\u2019Brien added.";
    List<AttributedQuote> quotes = processor.process(Article.of("a", text)).quotes();

    assertThat(quotes).extracting(q -> q.attribution().speaker())
        .containsExactly("Se\u00E1n O\u2019Brien", "Se\u00E1n O\u2019Brien");
    assertThat(quotes.get(1).attribution().mention()).isEqualTo("O\u2019Brien");
  }

  private static int check(String text) {
    int attributed = 0;
    for (AttributedQuote q : processor.process(Article.of("t", text)).quotes()) {
      Attribution a = q.attribution();
      if (a.mentionSpan() != null) {
        assertThat(a.mention()).as("mention of %s in %s", a, q.quote())
            .isEqualTo(a.mentionSpan().cover(text));
        attributed++;
      }
      for (String part : new String[] {a.speaker(), a.speakerTitle(), a.cue()}) {
        if (part != null) {
          assertThat(text).as("attribution %s", a).contains(part);
        }
      }
    }
    return attributed;
  }

  private static String curly(String text) {
    return text.replace('\'', '\u2019');
  }

  /** No-break spaces between capitalised words, as some feeds write names ("Jane\u00A0Roe"). */
  private static String withNoBreakSpaces(String text) {
    return text.replaceAll("(\\p{Lu}\\p{L}+) (\\p{Lu})", "$1\u00A0$2");
  }

  private static List<String> sampleArticles() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String dir : List.of("sample-data/articles", "sample-data/heldout/articles",
        "sample-data/blind2/articles")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }
}

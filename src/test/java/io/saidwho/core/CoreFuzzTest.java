package io.saidwho.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.saidwho.core.quote.MarkPairQuoteFinder;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteFinder;
import io.saidwho.core.quote.QuoteInvariants;
import io.saidwho.core.text.Article;
import io.saidwho.core.text.Sentence;
import io.saidwho.models.NlpModels;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random property tests over the quote finder and the whole core: on any text (words, every
 * kind of quote mark, apostrophes, newlines, binary junk, long runs of marks, very long lines) they
 * never throw, every offset lies inside the text, quotes are sorted and do not overlap, sentence
 * indices are in range. Plus guards that megabyte-sized adversarial inputs finish (generous bounds
 * against quadratic blow-up, not benchmarks).
 */
class CoreFuzzTest {

  private static final long SEED = 20240517L;
  private static final String MARKS = "\"'“”„‟«»″‘’‚‛‹›′`";
  private static final String[] PIECES = {
    "we're",
    "Israel’s",
    "States'",
    "'90s",
    "rock 'n' roll",
    "can’t",
    "he said",
    "Blinken",
    "said:",
    "“Ultimately,”",
    "'Systematic crimes'",
    "the",
    "war",
    "U.S.",
    "…",
    "—",
    ",",
    ".",
    "?",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "  ",
    "\u00A0",
    "\t",
    "’s",
    "s'"
  };

  private static ArticleProcessor processor;
  private final QuoteFinder finder = new MarkPairQuoteFinder();

  @BeforeAll
  static void loadModels() {
    processor = NlpModels.shared().newProcessor();
  }

  @Test
  void finderKeepsItsContractOnRandomText() {
    Random random = new Random(SEED);
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random, 1 + random.nextInt(400));
      QuoteInvariants.check(text, finder.find(text));
    }
  }

  @Test
  void processorKeepsItsContractOnRandomText() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 200; i++) {
      String text = randomText(random, random.nextInt(600));
      checkResult(text, processor.process(Article.of("fuzz-" + i, text)));
    }
  }

  @Test
  void processorKeepsItsContractOnVeryLongLines() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < 3; i++) {
      String text = randomText(random, 20_000).replace('\n', ' ').replace('\r', ' ');
      checkResult(text, processor.process(Article.of("long-" + i, text)));
    }
  }

  @Test
  void finderFinishesOnMegabytesOfQuoteMarks() {
    Random random = new Random(SEED + 3);
    StringBuilder onlyMarks = new StringBuilder();
    StringBuilder marksAndNewlines = new StringBuilder();
    for (int i = 0; i < 2_000_000; i++) {
      onlyMarks.append(MARKS.charAt(random.nextInt(MARKS.length())));
      marksAndNewlines.append(i % 2 == 0 ? MARKS.charAt(i / 2 % MARKS.length()) : '\n');
    }
    for (String text : List.of(onlyMarks.toString(), marksAndNewlines.toString())) {
      List<Quote> quotes =
          assertTimeoutPreemptively(Duration.ofSeconds(30), () -> finder.find(text));
      QuoteInvariants.check(text, quotes);
    }
  }

  @Test
  void finderFinishesOnMegabytesOfUnclosedOpenings() {
    String text = "“a ‘b \"c 'd ".repeat(100_000);
    List<Quote> quotes = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> finder.find(text));
    QuoteInvariants.check(text, quotes);
    assertThat(quotes).isNotEmpty();
  }

  @Test
  void processorFinishesOnAMegabyteOfMarksAndNewlines() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 500_000; i++) {
      text.append(MARKS.charAt(i % MARKS.length())).append('\n');
    }
    ArticleResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> processor.process(Article.of("marks", text.toString())));
    checkResult(text.toString(), result);
    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void processorFinishesOnAMegabyteLineOfQuoteMarksWithoutBlanks() {
    String text = "\"“”'‘’".repeat(170_000);
    ArticleResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> processor.process(Article.of("one-line", text)));
    checkResult(text, result);
  }

  @Test
  void processorFinishesOnAMegabyteOfQuotedWords() {
    String text = "He said “we will go,” and ‘then’ 'we' can’t \"stop\".\n".repeat(20_000);
    ArticleResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120), () -> processor.process(Article.of("big", text)));
    checkResult(text, result);
    assertThat(result.quotes()).hasSize(20_000 * 4);
  }

  private static void checkResult(String text, ArticleResult result) {
    List<Sentence> sentences = result.sentences();
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertThat(s.begin()).as("sentence %s", s).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).as("sentence %s", s).isLessThanOrEqualTo(text.length());
      previousEnd = s.end();
    }
    QuoteInvariants.check(text, result.quotes().stream().map(AttributedQuote::quote).toList());
    for (AttributedQuote q : result.quotes()) {
      assertThat(q.sentenceBegin()).as("first sentence of %s", q).isBetween(0, q.sentenceEnd());
      assertThat(q.sentenceEnd()).as("end sentence of %s", q).isLessThanOrEqualTo(sentences.size());
      assertThat(q.quote().kind()).as("kind of %s", q).isNotNull();
    }
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      int choice = random.nextInt(10);
      if (choice < 4) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      } else if (choice < 7) {
        text.append(MARKS.charAt(random.nextInt(MARKS.length())));
      } else if (choice < 8) {
        text.append((char) random.nextInt(0x10000));
      } else if (choice < 9) {
        text.append(String.valueOf(MARKS.charAt(random.nextInt(MARKS.length()))).repeat(50));
      } else {
        text.append(' ').append("word".substring(0, 1 + random.nextInt(4)));
      }
    }
    return text.toString();
  }
}

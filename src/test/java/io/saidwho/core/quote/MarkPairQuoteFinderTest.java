package io.saidwho.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per quoting convention (as CoreNLP's QuoteAnnotatorTest). Expectations read {@code
 * "[begin,end) «text»"}, plus {@code " unclosed"} for a quote with no closing mark; the offsets are
 * computed from the expected words, so each expectation states both the span and its text.
 */
class MarkPairQuoteFinderTest {

  private final QuoteFinder finder = new MarkPairQuoteFinder();

  private List<String> find(String text) {
    List<Quote> quotes = finder.find(text);
    QuoteInvariants.check(text, quotes);
    List<String> out = new ArrayList<>();
    for (Quote q : quotes) {
      out.add(q.span() + " «" + q.span().cover(text) + "»" + (q.closed() ? "" : " unclosed"));
    }
    return out;
  }

  /** The expectation for the closed quote {@code words} (its first occurrence in {@code text}). */
  private static String closed(String text, String words) {
    int begin = text.indexOf(words);
    return "[" + begin + "," + (begin + words.length()) + ") «" + words + "»";
  }

  private static String unclosed(String text, String words) {
    return closed(text, words) + " unclosed";
  }

  @Test
  void testBasicCurlyQuotes() {
    String text = "“We will win,” she said. He said “no.”";
    assertThat(find(text)).containsExactly(closed(text, "We will win,"), closed(text, "no."));
  }

  @Test
  void testStraightDoubleQuotes() {
    String text = "\"We will win,\" she said, \"and soon.\"";
    assertThat(find(text)).containsExactly(closed(text, "We will win,"), closed(text, "and soon."));
  }

  @Test
  void testLowNinthAndGuillemetQuotes() {
    String text = "Er sagte „Wir kommen“ und «nous venons» et »vi kommer«.";
    assertThat(find(text))
        .containsExactly(
            closed(text, "Wir kommen"), closed(text, "nous venons"), closed(text, "vi kommer"));
  }

  @Test
  void testCurlySingleQuotesAreQuotes() {
    String text = "The U.S. remains ‘greatly concerned’ by the violence.";
    assertThat(find(text)).containsExactly(closed(text, "greatly concerned"));
  }

  @Test
  void testSingleQuotesInHeadline() {
    String text = "the ongoing violence.\n\n'Systematic crimes'\n\nOver the weekend, it's calm.";
    assertThat(find(text)).containsExactly(closed(text, "Systematic crimes"));
  }

  @Test
  void testApostrophesAreNotQuotes() {
    String text =
        "Israel’s army can’t wait, we're told. “We’re ready, it's Israel's call,” he said.";
    assertThat(find(text)).containsExactly(closed(text, "We’re ready, it's Israel's call,"));
  }

  @Test
  void testPluralPossessiveIsNotAQuote() {
    String text = "The United States' partners and the Palestinians’ leaders met 'in secret'.";
    assertThat(find(text)).containsExactly(closed(text, "in secret"));
  }

  @Test
  void testDecadeApostrophe() {
    String text = "Music of the '90s and ’80s, he called it 'the best of the ’70s'.";
    assertThat(find(text)).containsExactly(closed(text, "the best of the ’70s"));
  }

  @Test
  void testElisionsAreNotQuotes() {
    String text = "They played rock 'n' roll and told 'em 'til dawn, 'loud' as ever.";
    assertThat(find(text)).containsExactly(closed(text, "loud"));
  }

  @Test
  void testQuoteAcrossSentences() {
    String text = "He said: “We tried. It failed. We will try again.” Then he left.";
    assertThat(find(text)).containsExactly(closed(text, "We tried. It failed. We will try again."));
  }

  @Test
  void testMultiParagraphQuoteIsOneSpan() {
    String text = "He said: “First part.\n\n“Second part.\n“Last part.”\nAfter “this.”";
    assertThat(find(text))
        .containsExactly(
            closed(text, "First part.\n\n“Second part.\n“Last part."), closed(text, "this."));
  }

  @Test
  void testParagraphStartingWithAnotherMarkFamilyEndsTheQuote() {
    String text = "He said “we will never stop\n‘Other’ paragraph.";
    assertThat(find(text))
        .containsExactly(unclosed(text, "we will never stop"), closed(text, "Other"));
  }

  @Test
  void testInterruptedQuote() {
    String text = "“Ultimately,” Blinken said, “it is up to the parties.”";
    assertThat(find(text))
        .containsExactly(closed(text, "Ultimately,"), closed(text, "it is up to the parties."));
  }

  @Test
  void testNestedQuotesKeepTheOuterSpan() {
    String text =
        "“They called it ‘a disaster,’ and they’re right,” he said. 'He shouted \"go\" twice'";
    assertThat(find(text))
        .containsExactly(
            closed(text, "They called it ‘a disaster,’ and they’re right,"),
            closed(text, "He shouted \"go\" twice"));
  }

  @Test
  void testUnclosedQuoteRecoversAtParagraphEnd() {
    String text = "He said “we will never stop  \nNext paragraph says “hello” again.";
    assertThat(find(text))
        .containsExactly(unclosed(text, "we will never stop"), closed(text, "hello"));
  }

  @Test
  void testMissingClosingMarkRestartsAtNextOpening() {
    String text = "“We will go, he said. “We will win.” Done.";
    assertThat(find(text))
        .containsExactly(unclosed(text, "We will go, he said."), closed(text, "We will win."));
  }

  @Test
  void testUnbalancedClosingMark() {
    String text = "He left.” Then she said “stay” and went.”";
    assertThat(find(text)).containsExactly(closed(text, "stay"));
  }

  @Test
  void testUnclosedSingleMarkIsAnApostropheAndKeepsInnerQuotes() {
    String text = "The 'boys said \"we are here\" and left.\nNew line.";
    assertThat(find(text)).containsExactly(closed(text, "we are here"));
  }

  @Test
  void testInchAndPrimeMarksAreNotQuotes() {
    String text = "A 12\" record, a man 5′11″ tall, and “a quote.”";
    assertThat(find(text)).containsExactly(closed(text, "a quote."));
  }

  @Test
  void testPunctuationInsideTheMarksIsPartOfTheSpan() {
    String text = "Schiff told CBS’s “Face the Nation.” Then: \"Why?\"";
    assertThat(find(text)).containsExactly(closed(text, "Face the Nation."), closed(text, "Why?"));
  }

  @Test
  void testQuotesWithoutLettersAreDropped() {
    String text = "Empty \"\" and “…” and '?' but “ok”.";
    assertThat(find(text)).containsExactly(closed(text, "ok"));
  }

  @Test
  void testDegenerateInputsGiveNoQuotes() {
    for (String text : List.of("", "\"", "'", "“", "”", "\n\n", "''''", "“\n”", "a'")) {
      assertThat(find(text)).as("quotes in %s", text).isEmpty();
    }
  }

  @Test
  void aWordQuotedWithTheOuterMarksInsideAQuoteStaysPartOfIt() {
    String text = "\"He told them it was \"fake\" and walked off the stage,\" she said.";
    assertThat(find(text)).containsExactly(
        closed(text, "He told them it was \"fake\" and walked off the stage,"));
  }

  @Test
  void aCurlyWordQuotedInsideACurlyQuoteStaysPartOfIt() {
    String text = "Roe wrote, \u201CIf you care, show it when \u201Cyour team\u201D is wrong.\u201D";
    assertThat(find(text)).containsExactly(
        closed(text, "If you care, show it when \u201Cyour team\u201D is wrong."));
  }

  @Test
  void aNewQuoteAfterAnUnclosedOneIsNoNestedWordWhenNoOuterCloseFollows() {
    String text = "\"We lost the vote. \"Sad day,\" Roe said.";
    assertThat(find(text)).containsExactly(unclosed(text, "We lost the vote."),
        closed(text, "Sad day,"));
  }
}

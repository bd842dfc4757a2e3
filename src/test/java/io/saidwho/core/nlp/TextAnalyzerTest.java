package io.saidwho.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.text.Sentence;
import io.saidwho.core.text.TextSpan;
import io.saidwho.core.text.Token;
import io.saidwho.models.NlpModels;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzer with the real OpenNLP UD English models from the classpath. */
class TextAnalyzerTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    NlpModels models = NlpModels.shared();
    analyzer = new TextAnalyzer(models.sentences(), models.tokens(), models.pos(), models.lemmas());
  }

  @Test
  void sentenceAndTokenOffsetsIndexTheOriginalText() {
    String text = "Headline here\n\nThe minister said, “We’re ready. It’s time.” Then he left.";

    AnalyzedText analyzed = analyzer.analyze(text);

    for (Sentence s : analyzed.sentences()) {
      assertThat(s.span().cover(text)).isEqualTo(s.span().cover(text).strip()).isNotEmpty();
      for (Token t : analyzed.tokens(s.index())) {
        assertThat(s.span().covers(new TextSpan(t.begin(), t.end()))).isTrue();
        assertThat(t.text(text)).isNotBlank();
      }
    }
  }

  @Test
  void aSentenceTheDetectorStartsInLowerCaseContinuesThePreviousOne() {
    String text = "\u201CWhy not?\u201D he asked. Sen. Jane Roe (D-Ore.) said no.";

    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.sentences()).extracting(s -> s.span().cover(text))
        .allMatch(s -> !Character.isLowerCase(s.charAt(0)))
        .anyMatch(s -> s.contains("he asked"));
    assertThat(analyzed.sentences().get(0).span().cover(text)).contains("he asked");
  }

  @Test
  void noSentenceEndsOnAnAbbreviatedTitle() {
    String text = "Dana Pike is in a tight race with two-term Sen. Wade Olmos, who spoke first."
        + " The vote is in May.";

    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.sentences()).extracting(s -> s.span().cover(text))
        .containsExactly("Dana Pike is in a tight race with two-term Sen. Wade Olmos, who spoke"
            + " first.", "The vote is in May.");
  }

  @Test
  void noSentenceEndsOnAMiddleInitialAfterAGivenName() {
    String text = "\"They dodge taxes,\" Senate Minority Leader Harry M. Brandt said. The vote is"
        + " in May.";

    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.sentences()).extracting(s -> s.span().cover(text))
        .containsExactly("\"They dodge taxes,\" Senate Minority Leader Harry M. Brandt said.",
            "The vote is in May.");
  }

  @Test
  void sentencesNeverCrossParagraphs() {
    String text = "First paragraph has no end\nSecond paragraph starts here.";

    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.sentences()).extracting(s -> s.span().cover(text))
        .containsExactly("First paragraph has no end", "Second paragraph starts here.");
    assertThat(analyzed.sentences()).extracting(Sentence::paragraphIndex).containsExactly(0, 1);
  }

  @Test
  void curlyClosingQuoteAfterPeriodIsItsOwnToken() {
    String text = "She said, “It is over.” They left.";

    AnalyzedText analyzed = analyzer.analyze(text);

    List<String> words = analyzed.sentences().stream()
        .flatMap(s -> analyzed.tokens(s.index()).stream())
        .map(t -> t.text(text))
        .toList();
    assertThat(words).contains("”", "over").doesNotContain(".”");
  }

  @Test
  void posTagsAreComputedOnlyForSentencesAsked() {
    String text = "Anna Berg spoke first. Nobody listened. The room was cold.";

    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.taggedSentenceCount()).isZero();
    assertThat(analyzed.tokens(0)).extracting(Token::pos).containsOnlyNulls();
    List<Token> tagged = analyzed.taggedTokens(0);
    assertThat(tagged.get(0).pos()).isEqualTo("PROPN");
    assertThat(analyzed.taggedSentenceCount()).isEqualTo(1);
    assertThat(analyzed.tokenCount()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void sentenceLookupByOffset() {
    String text = "One two. Three four.\nFive.";

    AnalyzedText analyzed = analyzer.analyze(text);

    int second = analyzed.sentenceAt(text.indexOf("Three"));
    assertThat(analyzed.sentences().get(second).span().cover(text)).isEqualTo("Three four.");
    assertThat(analyzed.sentenceAt(text.indexOf("\n"))).isEqualTo(-1);
    assertThat(analyzed.sentenceFrom(text.indexOf("\n"))).isEqualTo(2);
    assertThat(analyzed.paragraphAt(text.indexOf("Five"))).isEqualTo(1);
  }

  @Test
  void emptyTextHasNoSentences() {
    AnalyzedText analyzed = analyzer.analyze("");

    assertThat(analyzed.sentences()).isEmpty();
    assertThat(analyzed.tokenCount()).isZero();
  }

  @Test
  void runsOfCharsWithoutBlanksLongerThanTheCapAreCutIntoTokensWithoutTheModel() {
    String junk = "\"x".repeat(TextAnalyzer.MAX_RUN_CHARS * 3 / 2);
    String text = "He said it. " + junk + " Then he left.";

    AnalyzedText analyzed = analyzer.analyze(text);

    List<Token> tokens = analyzed.sentences().stream()
        .flatMap(s -> analyzed.tokens(s.index()).stream())
        .toList();
    assertThat(tokens).extracting(t -> t.end() - t.begin())
        .allMatch(length -> length <= TextAnalyzer.MAX_RUN_CHARS);
    int junkBegin = text.indexOf(junk);
    assertThat(tokens).filteredOn(t -> t.begin() >= junkBegin && t.end() <= junkBegin + junk.length())
        .extracting(t -> t.text(text))
        .containsExactly(junk.substring(0, 100), junk.substring(100, 200), junk.substring(200));
    assertThat(tokens).extracting(t -> t.text(text)).contains("He", "said", "Then", "left");
  }

  @Test
  void aColonGluedToTheWordBeforeAQuoteIsATokenOfItsOwn() {
    String text = "Dana Pike:\u201CWe won.\u201D Pike in May 1990: \u201CWe lost.\u201D At 10:30 she left.";

    AnalyzedText analyzed = analyzer.analyze(text);

    List<String> words = new java.util.ArrayList<>();
    for (Sentence s : analyzed.sentences()) {
      for (Token t : analyzed.tokens(s.index())) {
        words.add(t.text(text));
      }
    }
    assertThat(words).contains("Pike", "1990", ":", "10:30").doesNotContain("Pike:", "1990:");
  }
}

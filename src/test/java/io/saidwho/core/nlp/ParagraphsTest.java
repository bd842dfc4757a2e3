package io.saidwho.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.saidwho.core.text.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

  @Test
  void eachNonBlankLineIsAParagraphWithoutSurroundingBlanks() {
    String text = "Title\n\n  First para. \r\nSecond\u00A0\n\n\n";

    List<Paragraph> paragraphs = Paragraphs.split(text);

    assertThat(paragraphs).extracting(p -> p.span().cover(text))
        .containsExactly("Title", "First para.", "Second");
    assertThat(paragraphs).extracting(Paragraph::index).containsExactly(0, 1, 2);
  }

  @Test
  void emptyAndBlankTextHaveNoParagraphs() {
    assertThat(Paragraphs.split("")).isEmpty();
    assertThat(Paragraphs.split(" \n\t\n")).isEmpty();
  }

  @Test
  void textWithoutNewlineIsOneParagraph() {
    assertThat(Paragraphs.split("one line")).hasSize(1);
  }
}

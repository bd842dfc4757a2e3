package io.saidwho.core.text;

/**
 * A sentence found by the sentence detector inside one paragraph.
 *
 * @param index position in the article, from 0
 * @param paragraphIndex the paragraph that holds it
 * @param span its chars, half-open
 */
public record Sentence(int index, int paragraphIndex, TextSpan span) {

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }
}

package io.saidwho.core.text;

/**
 * A token with its char offsets in the article and its Universal Dependencies POS tag ({@code
 * PROPN}, {@code VERB}, {@code PRON}, ...), or {@code null} where the sentence was not tagged.
 */
public record Token(int begin, int end, String pos) {

  public String text(CharSequence articleText) {
    return articleText.subSequence(begin, end).toString();
  }

  public boolean hasPos(String tag) {
    return tag.equals(pos);
  }
}

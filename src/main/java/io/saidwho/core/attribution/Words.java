package io.saidwho.core.attribution;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.text.TextSpan;
import io.saidwho.core.text.Token;
import java.util.List;

/**
 * A run of POS-tagged tokens (usually the words between a quote and the edge of its sentence), with
 * their text, as the cue matchers read it. Immutable.
 */
final class Words {

  private final List<Token> tokens;
  private final AnalyzedText analyzed;
  private final String text;

  Words(List<Token> tokens, AnalyzedText analyzed) {
    this.tokens = List.copyOf(tokens);
    this.analyzed = analyzed;
    this.text = analyzed.normalizedText();
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).text(text);
  }

  String pos(int i) {
    String pos = tokens.get(i).pos();
    return pos == null ? "" : pos;
  }

  boolean hasPos(int i, String tag) {
    return pos(i).startsWith(tag);
  }

  boolean is(int i, String word) {
    return i >= 0 && i < size() && word.equalsIgnoreCase(word(i));
  }

  int begin(int i) {
    return tokens.get(i).begin();
  }

  int end(int i) {
    return tokens.get(i).end();
  }

  /** The text from token {@code from} to token {@code to}, both included. */
  String text(int from, int to) {
    return text.substring(begin(from), end(to));
  }

  TextSpan span(int from, int to) {
    return new TextSpan(begin(from), end(to));
  }

  /** True when tokens {@code i} and {@code i + 1} touch (no space between them). */
  boolean touches(int i) {
    return i + 1 < size() && end(i) == begin(i + 1);
  }

  boolean isCapitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** The lower-case lemma of token {@code i}. */
  String lemma(int i) {
    return analyzed.lemma(tokens.get(i));
  }

  /** True when token {@code i} is a speech verb used as a verb. */
  boolean isCue(int i) {
    if (!CueVerbs.isCue(analyzed.lemmaCandidates(tokens.get(i)))
        || isBareAfterModal(i)
        || isPassive(i)) {
      return false;
    }
    return hasPos(i, "VERB") || CueVerbs.isSay(lemma(i)) && !hasPos(i, "NOUN");
  }

  /** The first {@code n} tokens. */
  Words head(int n) {
    return new Words(tokens.subList(0, n), analyzed);
  }

  /** "would add", "to note": a bare verb after a modal or "to" reports no speech act. */
  private boolean isBareAfterModal(int i) {
    String lower = word(i).toLowerCase(java.util.Locale.ROOT);
    if (i == 0 || CueVerbs.isSay(lemma(i)) || !lemma(i).equals(lower)) {
      return false;
    }
    return Lexicons.MODALS.contains(word(i - 1));
  }

  /** "had been reported", "was told": a passive participle is no speech act of the subject. */
  private boolean isPassive(int i) {
    return i > 0
        && Lexicons.PASSIVE_AUXILIARIES.contains(word(i - 1))
        && !word(i).toLowerCase(java.util.Locale.ROOT).endsWith("ing");
  }
}

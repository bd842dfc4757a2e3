package io.saidwho.core.nlp;

import io.saidwho.core.text.FrozenList;
import io.saidwho.core.text.Paragraph;
import io.saidwho.core.text.Sentence;
import io.saidwho.core.text.Token;
import java.util.List;

/**
 * An article's text with its paragraphs, sentences and tokens, all as half-open char offsets into
 * {@link #text()}. POS tags are computed lazily, one sentence at a time, the first time {@link
 * #taggedTokens(int)} asks for them, so that only the sentences the later stages look at (those
 * that hold or neighbour a quote) pay for tagging. Not thread-safe: it holds the partition's
 * tagger.
 */
public final class AnalyzedText {

  private final String text;
  private final String normalized;
  private final List<Paragraph> paragraphs;
  private final List<Sentence> sentences;
  private final Token[][] tokens;
  private final boolean[] tagged;
  private final FrozenList<Token>[] tokenViews;
  private byte[] titleCase;
  private final PosTagging tagging;
  private final Lemmas lemmas;
  private final int tokenCount;

  @SuppressWarnings("unchecked")
  AnalyzedText(
      String text,
      String normalized,
      List<Paragraph> paragraphs,
      List<Sentence> sentences,
      Token[][] tokens,
      PosTagging tagging,
      Lemmas lemmas) {
    this.text = text;
    this.normalized = normalized;
    this.paragraphs = FrozenList.copyOf(paragraphs);
    this.sentences = FrozenList.copyOf(sentences);
    this.tokens = tokens;
    this.tokenViews = new FrozenList[tokens.length];
    this.tagged = new boolean[tokens.length];
    this.tagging = tagging;
    this.lemmas = lemmas;
    int count = 0;
    for (Token[] sentenceTokens : tokens) {
      count += sentenceTokens.length;
    }
    this.tokenCount = count;
  }

  /** The original text, as given. */
  public String text() {
    return text;
  }

  /** The text with typographic quote marks mapped to ASCII ({@code QuoteMarkNormalizer}). */
  public String normalizedText() {
    return normalized;
  }

  /** The lower-case lemma of a tagged token (see {@link Lemmas}). */
  public String lemma(Token token) {
    return lemmas.of(token.text(normalized), token.pos());
  }

  /** The lemmatizer's best guesses at a tagged token's lemma (see {@link Lemmas#candidates}). */
  public List<String> lemmaCandidates(Token token) {
    return lemmas.candidates(token.text(normalized), token.pos());
  }

  /** The best guesses at the lemma of {@code word} read as a verb, for a word no tagger saw. */
  public List<String> verbLemmaCandidates(String word) {
    return lemmas.candidates(word, null);
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public int tokenCount() {
    return tokenCount;
  }

  /** Number of sentences tagged so far (for the benchmark's accounting). */
  public int taggedSentenceCount() {
    int count = 0;
    for (boolean t : tagged) {
      count += t ? 1 : 0;
    }
    return count;
  }

  /** Tokens of a sentence; their {@code pos} is null unless the sentence was tagged already. */
  public List<Token> tokens(int sentenceIndex) {
    return view(sentenceIndex);
  }

  /** Tokens of a sentence with POS tags, tagging the sentence now if needed. */
  public List<Token> taggedTokens(int sentenceIndex) {
    if (!tagged[sentenceIndex]) {
      tokens[sentenceIndex] = tagging.tag(normalized, tokens[sentenceIndex]);
      tokenViews[sentenceIndex] = null;
      tagged[sentenceIndex] = true;
    }
    return view(sentenceIndex);
  }

  /** The sentence's tokens as a list, made once per state (untagged, tagged) of the sentence. */
  private FrozenList<Token> view(int sentenceIndex) {
    FrozenList<Token> view = tokenViews[sentenceIndex];
    if (view == null) {
      view = FrozenList.view(tokens[sentenceIndex]);
      tokenViews[sentenceIndex] = view;
    }
    return view;
  }

  /**
   * True when sentence {@code s} is written in Title Case (a headline: most of its words start
   * with a capital), so a capital tells nothing about a word being a name.
   */
  public boolean isTitleCase(int s) {
    if (titleCase == null) {
      titleCase = new byte[sentences.size()];
    }
    if (titleCase[s] == 0) {
      titleCase[s] = (byte) (countsAsTitleCase(sentences.get(s)) ? 1 : 2);
    }
    return titleCase[s] == 1;
  }

  private boolean countsAsTitleCase(Sentence sentence) {
    int words = 0;
    int capitals = 0;
    boolean inWord = false;
    for (int i = sentence.begin(); i < sentence.end(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetter(c);
      if (letter && !inWord) {
        words++;
        capitals += Character.isUpperCase(c) ? 1 : 0;
      }
      inWord = letter || c == '\'' || c == '\u2019' || c == '-';
    }
    return words >= 3 && capitals * 10 >= words * 6;
  }

  /**
   * True when the token at {@code offset} opens its sentence: only quote marks, brackets, dashes or
   * other non-letters stand between the sentence start and it.
   */
  public boolean opensSentence(int offset) {
    int s = sentenceAt(offset);
    if (s < 0) {
      return true;
    }
    for (int i = sentences.get(s).begin(); i < offset; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the sentence holding char {@code offset}, or -1 when none does. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.begin()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * The index of the first sentence that ends after {@code offset} (the sentence holding it, or
   * the next one), or {@code sentences().size()} when none does.
   */
  public int sentenceFrom(int offset) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the paragraph holding char {@code offset}, or -1 when none does. */
  public int paragraphAt(int offset) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Paragraph p = paragraphs.get(mid);
      if (offset < p.begin()) {
        hi = mid - 1;
      } else if (offset >= p.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Tags one sentence's tokens; implemented by {@link TextAnalyzer}. */
  interface PosTagging {
    Token[] tag(String normalizedText, Token[] tokens);
  }
}

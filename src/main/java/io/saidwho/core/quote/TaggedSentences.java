package io.saidwho.core.quote;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.text.Sentence;
import io.saidwho.core.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagged tokens of the sentences that hold quotes, fetched once per sentence (tagging it on
 * first use) and searched by offset, so classifying many quotes in one long sentence stays
 * linear-logarithmic rather than quadratic. One per {@code classify} call; not thread-safe.
 */
final class TaggedSentences {

  private final AnalyzedText text;
  private final Map<Integer, List<Token>> tokens = new HashMap<>();
  private final Map<Integer, Boolean> speech = new HashMap<>();

  TaggedSentences(AnalyzedText text) {
    this.text = text;
  }

  /** The tagged tokens that begin inside the quote, from the sentences it overlaps. */
  List<Token> tokensIn(Quote quote) {
    List<Token> out = new ArrayList<>();
    List<Sentence> sentences = text.sentences();
    for (int s = text.sentenceFrom(quote.begin());
        s < sentences.size() && sentences.get(s).begin() < quote.end();
        s++) {
      List<Token> sentence = tokensOf(s);
      for (int i = firstFrom(sentence, quote.begin()); i < sentence.size(); i++) {
        if (sentence.get(i).begin() >= quote.end()) {
          break;
        }
        out.add(sentence.get(i));
      }
    }
    return out;
  }

  /** True when the sentence holding {@code offset} has a speech verb; false when none holds it. */
  boolean hasSpeechVerbAt(int offset) {
    int s = text.sentenceAt(offset);
    if (s < 0) {
      return false;
    }
    return speech.computeIfAbsent(s, this::scanForSpeechVerb);
  }

  /** The POS tag of the first word after the quote's closing mark in its sentence, or "". */
  String tagAfter(Quote quote) {
    int s = text.sentenceAt(quote.end());
    if (s < 0) {
      return "";
    }
    List<Token> sentence = tokensOf(s);
    for (int i = firstFrom(sentence, quote.end()); i < sentence.size(); i++) {
      Token token = sentence.get(i);
      if (!isQuoteMark(token)) {
        return token.pos() == null ? "" : token.pos();
      }
    }
    return "";
  }

  /** True when one of the {@code window} words before the opening mark is a speech verb. */
  boolean hasSpeechVerbJustBefore(Quote quote, int window) {
    List<Token> sentence = sentenceOpening(quote);
    int seen = 0;
    for (int i = firstFrom(sentence, quote.begin() - 1) - 1; i >= 0 && seen < window; i--) {
      if (!isQuoteMark(sentence.get(i))) {
        seen++;
        if (SpeechCues.isSpeechVerb(text.lemmaCandidates(sentence.get(i)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a speech verb earlier in the quote's sentence opens a reported clause: the verb is
   * followed by a word other than a proper noun, so it is not an inverted attribution ("said
   * Councilmember Raman, one of the three “no” votes") but "said the airline would …".
   */
  boolean isInReportedClause(Quote quote) {
    List<Token> sentence = sentenceOpening(quote);
    int last = firstFrom(sentence, quote.begin()) - 1;
    for (int i = 0; i < last; i++) {
      Token next = sentence.get(i + 1);
      if (SpeechCues.isSpeechVerb(text.lemmaCandidates(sentence.get(i)))
          && !isQuoteMark(next)
          && !"PROPN".equals(next.pos())
          && !"PUNCT".equals(next.pos())) {
        return true;
      }
    }
    return false;
  }

  /** The tagged tokens of the sentence holding the quote's opening mark; empty when none does. */
  private List<Token> sentenceOpening(Quote quote) {
    int s = text.sentenceAt(Math.max(0, quote.begin() - 1));
    return s < 0 ? List.of() : tokensOf(s);
  }

  private boolean isQuoteMark(Token token) {
    return token.end() - token.begin() == 1
        && QuoteMarks.isQuoteMark(text.text().charAt(token.begin()));
  }

  private boolean scanForSpeechVerb(int sentence) {
    for (Token token : tokensOf(sentence)) {
      if (SpeechCues.isSpeechVerb(text.lemmaCandidates(token))) {
        return true;
      }
    }
    return false;
  }

  private List<Token> tokensOf(int sentence) {
    return tokens.computeIfAbsent(sentence, text::taggedTokens);
  }

  /** Index of the first token beginning at or after {@code offset}. */
  private static int firstFrom(List<Token> sentence, int offset) {
    int lo = 0;
    int hi = sentence.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentence.get(mid).begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

package io.saidwho.core.quote;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.text.FrozenList;
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

  /** The article's text. */
  String text() {
    return text.text();
  }

  /**
   * True when the quote's sentence reports someone: a speech verb there introduces a clause or a
   * quote ("said that", "said:", "warned the plan ...", "said CSOs do ..."), or ends the sentence
   * after a comma (", a committee has warned."), or the sentence says "according to". A speech
   * verb with a plain object ("has added the ability to “save”") reports nothing.
   */
  boolean isReported(Quote quote) {
    List<Token> sentence = sentenceOpening(quote);
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.get(i);
      if (!SpeechCues.isSpeechVerb(text.lemmaCandidates(t)) || !isVerbTag(t)) {
        continue;
      }
      if (i + 1 >= sentence.size() || introducesReport(sentence, i + 1) || endsTrailingClause(sentence, i)) {
        return true;
      }
    }
    return hasAccordingToAt(quote);
  }

  private boolean introducesReport(List<Token> sentence, int next) {
    Token n = sentence.get(next);
    String word = n.text(text.text());
    if (isQuoteMark(n) || ",".equals(word) || ":".equals(word) || "that".equalsIgnoreCase(word)) {
      return true;
    }
    boolean subject = n.pos() != null
        && (n.pos().startsWith("PRON") || n.pos().startsWith("PROPN") || n.pos().startsWith("NOUN"));
    return subject && isSubjectOfVerb(sentence, next) || subject && isVerbAfterNounPhrase(sentence, next);
  }

  /** "warned the plan would fail": a short noun phrase, then a verb. */
  private static boolean isVerbAfterNounPhrase(List<Token> sentence, int from) {
    for (int k = from; k < sentence.size() && k < from + 4; k++) {
      String pos = sentence.get(k).pos();
      if (pos == null) {
        return false;
      }
      if (pos.startsWith("AUX") || pos.startsWith("VERB")) {
        return k > from;
      }
      if (!pos.startsWith("DET") && !pos.startsWith("ADJ") && !pos.startsWith("NOUN")
          && !pos.startsWith("PROPN") && !pos.startsWith("PRON")) {
        return false;
      }
    }
    return false;
  }

  /** ", a committee of MPs has warned.": the speech verb closes the sentence after a comma. */
  private boolean endsTrailingClause(List<Token> sentence, int verb) {
    int k = verb + 1;
    while (k < sentence.size() && isSentenceEnd(sentence.get(k))) {
      k++;
    }
    if (k < sentence.size()) {
      return false;
    }
    for (int j = verb - 1; j >= 0 && verb - j <= 8; j--) {
      if (",".equals(sentence.get(j).text(text.text()))) {
        return true;
      }
    }
    return false;
  }

  private boolean isSentenceEnd(Token t) {
    String w = t.text(text.text());
    return ".".equals(w) || "!".equals(w) || "?".equals(w) || isQuoteMark(t);
  }

  private static boolean isVerbTag(Token t) {
    return t.pos() != null && (t.pos().startsWith("VERB") || t.pos().startsWith("AUX"));
  }

  /** True when the quote's sentence says "according to" before the quote: it reports someone. */
  boolean hasAccordingToAt(Quote quote) {
    List<Token> sentence = sentenceOpening(quote);
    for (int i = 0; i + 1 < sentence.size() && sentence.get(i + 1).begin() < quote.begin(); i++) {
      if ("according".equalsIgnoreCase(sentence.get(i).text(text.text()))
          && "to".equalsIgnoreCase(sentence.get(i + 1).text(text.text()))) {
        return true;
      }
    }
    return false;
  }

  /** The tokens of the quote's sentence after its closing mark (empty for none). */
  List<Token> tokensAfter(Quote quote) {
    int s = text.sentenceAt(quote.end());
    if (s < 0) {
      return FrozenList.of();
    }
    List<Token> sentence = tokensOf(s);
    return sentence.subList(Math.min(sentence.size(), firstFrom(sentence, quote.end() + 1)),
        sentence.size());
  }

  /** The tokens of the quote's sentence before its opening mark (empty for none). */
  List<Token> tokensBefore(Quote quote) {
    List<Token> sentence = sentenceOpening(quote);
    return sentence.subList(0, Math.min(sentence.size(), firstFrom(sentence, quote.begin() - 1)));
  }

  /**
   * True when the sentence holding {@code offset} has a speech verb that is not a past participle
   * in "-ed": in a headline, "Movies hailed" is passive (nobody speaks), "Roe hails" active.
   */
  boolean hasActiveSpeechVerbAt(int offset) {
    int s = text.sentenceAt(offset);
    if (s < 0) {
      return false;
    }
    for (Token token : tokensOf(s)) {
      String word = token.text(text.text()).toLowerCase(java.util.Locale.ROOT);
      if (!word.endsWith("ed") && SpeechCues.isSpeechVerb(text.lemmaCandidates(token))) {
        return true;
      }
    }
    return false;
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
          && !"PUNCT".equals(next.pos())
          && (!"PROPN".equals(next.pos()) || isSubjectOfVerb(sentence, i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** "said CSOs do not ...": the proper noun after the speech verb is the subject of a verb. */
  private static boolean isSubjectOfVerb(List<Token> sentence, int i) {
    int k = i;
    while (k < sentence.size() && "PROPN".equals(sentence.get(k).pos())) {
      k++;
    }
    return k < sentence.size()
        && sentence.get(k).pos() != null
        && (sentence.get(k).pos().startsWith("VERB") || sentence.get(k).pos().startsWith("AUX"));
  }

  /** The tagged tokens of the sentence holding the quote's opening mark; empty when none does. */
  private List<Token> sentenceOpening(Quote quote) {
    int s = text.sentenceAt(Math.max(0, quote.begin() - 1));
    return s < 0 ? FrozenList.of() : tokensOf(s);
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

package io.saidwho.core.attribution.cue;

import io.saidwho.core.name.NameWords;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.quote.QuoteKind;
import io.saidwho.core.text.Paragraph;
import io.saidwho.core.text.Sentence;
import io.saidwho.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The words around each quote where its attribution may sit: before the opening mark and after the
 * closing mark, inside the quote's sentence and paragraph and never across another quote; and the
 * previous paragraph's last sentence for a colon lead-in. Tags only the sentences it reads. Not
 * thread-safe (tags through the article's {@link AnalyzedText}).
 */
final class QuoteRegions {

  private final AnalyzedText text;
  private final List<Quote> quotes;
  private final Predicate<String> knownPerson;
  private final Words[] beforeRead;
  private final Words[] afterRead;

  /** {@code knownPerson}: whether the article names a person by a word (see {@link Words}). */
  QuoteRegions(AnalyzedText text, List<Quote> quotes, Predicate<String> knownPerson) {
    this.text = text;
    this.quotes = quotes;
    this.knownPerson = knownPerson;
    this.beforeRead = new Words[quotes.size()];
    this.afterRead = new Words[quotes.size()];
  }

  /**
   * The words between the start of the quote's sentence (or the previous quote) and its mark, read
   * once per quote.
   */
  Words before(int q) {
    if (beforeRead[q] == null) {
      beforeRead[q] = readBefore(q);
    }
    return beforeRead[q];
  }

  private Words readBefore(int q) {
    int open = openMark(q);
    int s = text.sentenceAt(open);
    if (s < 0) {
      return words(open, open);
    }
    while (s > 0
        && endsWithAbbreviation(s - 1)
        && text.sentences().get(s - 1).paragraphIndex()
            == text.sentences().get(s).paragraphIndex()) {
      s--;
    }
    int from = Math.max(text.sentences().get(s).begin(), paragraphBegin(open));
    int p = previousSpeech(q);
    if (p >= 0 && quotes.get(p).end() + 1 > from) {
      from = quotes.get(p).end() + 1;
    }
    return words(from, open);
  }

  /**
   * The sentences before quote {@code q}'s sentence, nearest first, back to the start of the
   * previous paragraph (at most {@code max}), each as its words; a sentence that overlaps a speech
   * quote ends the list (the quote before speaks for what follows it).
   */
  List<Words> sentencesBefore(int q, int max) {
    List<Words> out = new ArrayList<>();
    int s = text.sentenceAt(openMark(q));
    if (s <= 0) {
      return out;
    }
    int firstParagraph = text.sentences().get(s).paragraphIndex() - 1;
    for (int k = s - 1; k >= 0 && out.size() < max; k--) {
      Sentence sentence = text.sentences().get(k);
      if (sentence.paragraphIndex() < firstParagraph || overlapsSpeech(sentence)) {
        break;
      }
      out.add(words(sentence.begin(), sentence.end()));
    }
    return out;
  }

  /** True when the quote opens its paragraph. */
  boolean opensParagraph(int q) {
    int open = openMark(q);
    int p = text.paragraphAt(open);
    return p >= 0 && text.paragraphs().get(p).begin() == open;
  }

  private boolean overlapsSpeech(Sentence sentence) {
    for (Quote quote : quotes) {
      if (quote.kind() != QuoteKind.NON_SPEECH && quote.span().overlaps(sentence.span())) {
        return true;
      }
    }
    return false;
  }

  private static final int OPENING_CHARS = 24;

  /** The first words of quote {@code q}'s sentence (its first few characters, up to the mark). */
  Words sentenceOpening(int q) {
    int open = openMark(q);
    int from = sentenceStart(open);
    return words(from, Math.min(open, from + OPENING_CHARS));
  }

  /**
   * The words of quote {@code q}'s sentence before its opening mark, earlier quotes' words left
   * out: the writer's clause around several quotes of one sentence.
   */
  Words sentenceBefore(int q) {
    int open = openMark(q);
    List<Token> out = new ArrayList<>();
    for (Token t : words(sentenceStart(open), open).tokens()) {
      if (!insideQuote(t.begin())) {
        out.add(t);
      }
    }
    return new Words(out, text, knownPerson);
  }

  /**
   * Where the sentence holding {@code offset} starts, within its paragraph; {@code offset} itself
   * when no sentence holds it.
   */
  private int sentenceStart(int offset) {
    int s = text.sentenceAt(offset);
    return s < 0 ? offset : Math.max(text.sentences().get(s).begin(), paragraphBegin(offset));
  }

  private boolean insideQuote(int offset) {
    for (Quote quote : quotes) {
      if (offset >= quote.begin() - 1 && offset <= quote.end()) {
        return true;
      }
    }
    return false;
  }

  /** True when the words before quote {@code q} start after an earlier quote of its sentence. */
  boolean beforeFollowsQuote(int q) {
    int open = openMark(q);
    int s = text.sentenceAt(open);
    int p = previousSpeech(q);
    return s >= 0 && p >= 0 && quotes.get(p).end() >= text.sentences().get(s).begin();
  }

  /** The words between the closing mark and the sentence end (or next quote); none after a '.'. */
  Words after(int q) {
    if (afterRead[q] == null) {
      afterRead[q] = readAfter(q);
    }
    return afterRead[q];
  }

  private Words readAfter(int q) {
    Quote quote = quotes.get(q);
    int from = Math.min(quote.end() + 1, text.text().length());
    if (!quote.closed()) {
      return words(from, from);
    }
    if (endsSentence(quote) && !startsLowerCase(from)) {
      Words reporting = shortReportingSentence(from);
      return reporting != null ? reporting : words(from, from);
    }
    int s = text.sentenceAt(from);
    if (s < 0) {
      s = text.sentenceFrom(from);
      if (s >= text.sentences().size()) {
        return words(from, from);
      }
    }
    while (endsWithAbbreviation(s) && s + 1 < text.sentences().size()) {
      s++;
    }
    int to = Math.min(text.sentences().get(s).end(), paragraphEnd(from));
    int next = nextSpeech(q);
    if (next >= 0) {
      to = Math.min(to, Math.max(from, openMark(next)));
    }
    return words(from, Math.max(from, to));
  }

  /** The words from the quote's closing mark to the end of its sentence, later quotes included. */
  Words restOfSentence(int q) {
    Quote quote = quotes.get(q);
    int from = Math.min(quote.end() + 1, text.text().length());
    int s = text.sentenceAt(Math.max(0, from - 1));
    if (s < 0) {
      return words(from, from);
    }
    int to = Math.min(text.sentences().get(s).end(), paragraphEnd(from));
    return words(from, Math.max(from, to));
  }

  private static final int MAX_REPORTING_TOKENS = 7;

  /**
   * "“….” Roe said.", "“….” He said.": after a quote closed by a period, a short sentence of its
   * own paragraph that is only a name or pronoun and a say-verb reports the quote before it; null
   * when the words after the quote are anything else.
   */
  private Words shortReportingSentence(int from) {
    int s = text.sentenceFrom(from);
    if (s < 0 || s >= text.sentences().size()) {
      return null;
    }
    int to = Math.min(text.sentences().get(s).end(), paragraphEnd(from));
    String raw = text.normalizedText().substring(Math.min(from, to), to).trim();
    if (raw.isEmpty() || raw.split("\\s+").length > MAX_REPORTING_TOKENS - 1) {
      return null;
    }
    Words w = words(from, to);
    int n = w.size();
    if (n < 3 || n > MAX_REPORTING_TOKENS || !w.is(n - 1, ".")
        || !CueVerbs.isSay(w.lemma(n - 2)) && !CueVerbs.isSay(w.verbLemmas(n - 2))) {
      return null;
    }
    for (int i = 0; i < n - 2; i++) {
      if (!w.hasPos(i, "PROPN") && !w.isPersonalPronoun(i)) {
        return null;
      }
    }
    return w;
  }

  /** The last sentence of the previous paragraph when the quote opens its paragraph, else null. */
  Words previousParagraphLeadIn(int q) {
    int open = openMark(q);
    int p = text.paragraphAt(open);
    if (p <= 0 || text.paragraphs().get(p).begin() != open) {
      return null;
    }
    Paragraph previous = text.paragraphs().get(p - 1);
    if (text.text().charAt(previous.end() - 1) != ':') {
      return null;
    }
    int s = text.sentenceAt(previous.end() - 1);
    if (s < 0) {
      return null;
    }
    int from = text.sentences().get(s).begin();
    for (int k = q - 1; k >= 0 && quotes.get(k).end() >= from; k--) {
      from = Math.max(from, quotes.get(k).end() + 1);
    }
    return words(from, previous.end());
  }

  /** The nearest earlier quote that is speech (titles do not bound the words), or -1. */
  private int previousSpeech(int q) {
    for (int p = q - 1; p >= 0; p--) {
      if (quotes.get(p).kind() != QuoteKind.NON_SPEECH) {
        return p;
      }
    }
    return -1;
  }

  /** The nearest later quote that is speech, or -1. */
  private int nextSpeech(int q) {
    for (int n = q + 1; n < quotes.size(); n++) {
      if (quotes.get(n).kind() != QuoteKind.NON_SPEECH) {
        return n;
      }
    }
    return -1;
  }

  /** The offset of the quote's opening mark. */
  int openMark(int q) {
    return Math.max(0, quotes.get(q).begin() - 1);
  }

  /** True when the first letter at or after {@code from} on its line is lower case. */
  private boolean startsLowerCase(int from) {
    String t = text.text();
    for (int i = from; i < t.length() && t.charAt(i) != '\n'; i++) {
      if (Character.isLetter(t.charAt(i))) {
        return Character.isLowerCase(t.charAt(i));
      }
      if (!Character.isWhitespace(t.charAt(i)) && t.charAt(i) != ',') {
        return false;
      }
    }
    return false;
  }

  /** True when the quote's words end with a comma, "?" or "!": attribution usually follows. */
  boolean endsOnAttribution(int q) {
    String inner = innerWords(q);
    return endsOnComma(q) || inner.endsWith("?") || inner.endsWith("!");
  }

  /** True when the quote's words end with a comma, or a comma follows its closing mark. */
  boolean endsOnComma(int q) {
    int after = quotes.get(q).end() + 1;
    return innerWords(q).endsWith(",")
        || after < text.text().length() && text.text().charAt(after) == ',';
  }

  private String innerWords(int q) {
    Quote quote = quotes.get(q);
    return text.normalizedText().substring(quote.begin(), quote.end()).trim();
  }

  /** True when punctuation closes the quote inside its marks or right after them. */
  boolean closesOnPunctuation(int q) {
    Quote quote = quotes.get(q);
    String inner = text.normalizedText().substring(quote.begin(), quote.end()).trim();
    if (!inner.isEmpty() && isClosing(inner.charAt(inner.length() - 1))) {
      return true;
    }
    int after = quote.end() + 1;
    return after < text.text().length() && isClosing(text.text().charAt(after));
  }

  private static boolean isClosing(char c) {
    return c == ',' || c == '.' || c == '?' || c == '!' || c == ';' || c == ':' || c == '\u2026';
  }

  boolean endsSentence(Quote quote) {
    String inner = text.text().substring(quote.begin(), quote.end()).trim();
    return inner.endsWith(".") || inner.endsWith("\u2026");
  }

  /**
   * True when the sentence detector cut after a title abbreviation or an initial ("Gov.", "J."), so
   * the sentence really runs on into the next one.
   */
  private boolean endsWithAbbreviation(int s) {
    Sentence sentence = text.sentences().get(s);
    String body = text.text().substring(sentence.begin(), sentence.end()).trim();
    int space = body.lastIndexOf(' ');
    String last = body.substring(space + 1);
    if (!last.endsWith(".")) {
      return false;
    }
    return last.matches("\\p{Lu}\\.") || isTitleAbbreviation(last) || NameWords.isNameSuffix(last);
  }

  private static final int MAX_TITLE_ABBREVIATION = 5;

  /**
   * "Sen.", "Gov.", "Supt.": a short capitalised role word with its period (not an acronym, not a
   * whole word such as "mayor." ending a sentence).
   */
  private static boolean isTitleAbbreviation(String word) {
    return word.length() <= MAX_TITLE_ABBREVIATION && Character.isUpperCase(word.charAt(0))
        && Character.isLowerCase(word.charAt(1)) && NameWords.isRole(word);
  }

  private int paragraphBegin(int offset) {
    int p = text.paragraphAt(offset);
    return p < 0 ? 0 : text.paragraphs().get(p).begin();
  }

  private int paragraphEnd(int offset) {
    int p = text.paragraphAt(offset);
    return p < 0 ? offset : text.paragraphs().get(p).end();
  }

  /** The tagged tokens lying wholly inside {@code [from, to)}. */
  Words words(int from, int to) {
    List<Token> out = new ArrayList<>();
    if (to > from) {
      for (int s = Math.max(0, text.sentenceFrom(from)); s < text.sentences().size(); s++) {
        Sentence sentence = text.sentences().get(s);
        if (sentence.begin() >= to) {
          break;
        }
        for (Token token : text.taggedTokens(s)) {
          if (token.begin() >= from && token.end() <= to) {
            out.add(token);
          }
        }
      }
    }
    return new Words(TokenJoins.join(out, text.normalizedText()), text, knownPerson);
  }
}

package io.saidwho.core.nlp;

import io.saidwho.core.name.FirstNames;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.text.Paragraph;
import io.saidwho.core.text.QuoteMarkNormalizer;
import io.saidwho.core.text.Sentence;
import io.saidwho.core.text.TextSpan;
import io.saidwho.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Paragraphs, sentences and tokens of an article with the OpenNLP UD English models; POS tags and
 * lemmas on demand (see {@link AnalyzedText#taggedTokens(int)}, {@link Lemmas}).
 *
 * <p>Needs: the four models, already loaded. Produces: an {@link AnalyzedText} whose offsets are
 * half-open and index the original text. Sentences never cross a paragraph (line) boundary.
 * Detection and tagging run on the text with typographic quote marks mapped to ASCII (same length,
 * so offsets hold).
 *
 * <p>Not thread-safe (the OpenNLP {@code *ME} tools keep state): create one per partition or
 * thread, over the JVM's shared models.
 */
public final class TextAnalyzer {

  /** Longest run of tokens tagged in one call (see {@link #tag}). */
  private static final int MAX_TAG_RUN = 200;

  /** Longest run of non-blank chars given to the tokenizer model (see {@link #tokenize}). */
  static final int MAX_RUN_CHARS = 100;

  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private final Lemmas lemmas;

  public TextAnalyzer(
      SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    this.sentenceDetector = new SentenceDetectorME(sentences);
    this.tokenizer = new TokenizerME(tokens);
    this.tagger = new POSTaggerME(pos);
    this.lemmas = new Lemmas(lemmas);
  }

  public AnalyzedText analyze(String text) {
    String normalized = QuoteMarkNormalizer.normalize(text);
    List<Paragraph> paragraphs = Paragraphs.split(text);
    List<Sentence> sentences = new ArrayList<>();
    List<Token[]> tokens = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      splitSentences(normalized, paragraph, sentences, tokens);
    }
    return new AnalyzedText(
        text, normalized, paragraphs, sentences, tokens.toArray(new Token[0][]), this::tag, lemmas);
  }

  private void splitSentences(
      String normalized, Paragraph paragraph, List<Sentence> sentences, List<Token[]> tokens) {
    String paragraphText = normalized.substring(paragraph.begin(), paragraph.end());
    List<TextSpan> spans = new ArrayList<>();
    for (Span s : sentenceDetector.sentPosDetect(paragraphText)) {
      int begin = paragraph.begin() + s.getStart();
      int end = paragraph.begin() + s.getEnd();
      if (end <= begin) {
        continue;
      }
      if (!spans.isEmpty()
          && (continuesSentence(normalized, begin)
              || endsWithTitleAbbreviation(normalized, spans.get(spans.size() - 1))
              || endsWithMiddleInitial(normalized, spans.get(spans.size() - 1)))) {
        begin = spans.remove(spans.size() - 1).begin();
      }
      spans.add(new TextSpan(begin, end));
    }
    for (TextSpan span : spans) {
      sentences.add(new Sentence(sentences.size(), paragraph.index(), span));
      tokens.add(tokenize(normalized, span.begin(), span.end()));
    }
  }

  /**
   * A "sentence" the detector starts with a lower-case letter continues the one before: it cut
   * after an abbreviation or a closing quote ({@code “Why?” he asked.}, {@code Sen. Jane Roe
   * (D-Ore.) said}). News prose starts no sentence in lower case.
   */
  private static boolean continuesSentence(String normalized, int begin) {
    return Character.isLowerCase(normalized.charAt(begin));
  }

  private static final int MAX_ABBREVIATION = 5;

  /**
   * A "sentence" the detector ends on an abbreviated title ({@code Sen.}, {@code Gov.}, {@code
   * Dr.}) stops before the name that title belongs to: news prose ends no sentence on one.
   */
  private static boolean endsWithTitleAbbreviation(String normalized, TextSpan previous) {
    int end = previous.end();
    if (end < 2 || normalized.charAt(end - 1) != '.') {
      return false;
    }
    int start = wordStart(normalized, previous.begin(), end - 1);
    String word = normalized.substring(start, end);
    return word.length() - 1 <= MAX_ABBREVIATION && Character.isUpperCase(word.charAt(0))
        && (start == previous.begin() || !Character.isLetterOrDigit(normalized.charAt(start - 1)))
        && NameWords.isRole(word);
  }

  /**
   * A "sentence" the detector ends on a middle initial after a given name ({@code Harry M. Reid},
   * {@code George W. Bush}) stops inside that name.
   */
  private static boolean endsWithMiddleInitial(String normalized, TextSpan previous) {
    int end = previous.end();
    if (end - previous.begin() < 4 || normalized.charAt(end - 1) != '.'
        || !Character.isUpperCase(normalized.charAt(end - 2))
        || normalized.charAt(end - 3) != ' ') {
      return false;
    }
    int start = wordStart(normalized, previous.begin(), end - 3);
    return start < end - 3 && FirstNames.isGivenName(normalized.substring(start, end - 3));
  }

  /** The start of the run of letters that ends at {@code end}, not before {@code from}. */
  private static int wordStart(String normalized, int from, int end) {
    int start = end;
    while (start > from && Character.isLetter(normalized.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * Tokenizes {@code [begin, end)}. OpenNLP's tokenizer is quadratic in the length of a run of
   * non-blank chars (40,000 chars take seconds), so a run longer than {@link #MAX_RUN_CHARS} is not
   * given to the model: it becomes tokens of at most that many chars. Real words are far shorter.
   */
  private Token[] tokenize(String normalized, int begin, int end) {
    List<Token> out = new ArrayList<>();
    int segment = begin;
    int i = begin;
    while (i < end) {
      if (Character.isWhitespace(normalized.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < end && !Character.isWhitespace(normalized.charAt(runEnd))) {
        runEnd++;
      }
      if (runEnd - i > MAX_RUN_CHARS) {
        tokenizeWithModel(normalized, segment, i, out);
        for (int from = i; from < runEnd; from += MAX_RUN_CHARS) {
          out.add(new Token(from, Math.min(runEnd, from + MAX_RUN_CHARS), null));
        }
        segment = runEnd;
      }
      i = runEnd;
    }
    tokenizeWithModel(normalized, segment, end, out);
    return out.toArray(new Token[0]);
  }

  private void tokenizeWithModel(String normalized, int begin, int end, List<Token> out) {
    if (end <= begin) {
      return;
    }
    for (Span span : tokenizer.tokenizePos(normalized.substring(begin, end))) {
      addSplitAtColon(normalized, begin + span.getStart(), begin + span.getEnd(), out);
    }
  }

  /**
   * Adds the token {@code [from, to)}, cut where the model left a colon glued to the word before
   * it at the token's end or before a quote mark ("1990:", "Roe:\"" → "Roe", ":", "\""); a colon
   * inside a token ("10:30", "http://") stays.
   */
  private static void addSplitAtColon(String normalized, int from, int to, List<Token> out) {
    int start = from;
    for (int i = from + 1; i < to; i++) {
      boolean gluedColon = normalized.charAt(i) == ':'
          && (i + 1 == to || normalized.charAt(i + 1) == '"' || normalized.charAt(i + 1) == '\'');
      if (gluedColon) {
        out.add(new Token(start, i, null));
        out.add(new Token(i, i + 1, null));
        start = i + 1;
      }
    }
    if (start < to) {
      out.add(new Token(start, to, null));
    }
  }

  /**
   * Tags a sentence in runs of at most {@link #MAX_TAG_RUN} tokens: OpenNLP's beam search copies
   * the sequence so far at every token, so one call is quadratic in its length and a junk
   * "sentence" of 50,000 tokens would take minutes. Real sentences are far shorter than a run.
   */
  private Token[] tag(String normalized, Token[] tokens) {
    Token[] out = new Token[tokens.length];
    for (int from = 0; from < tokens.length; from += MAX_TAG_RUN) {
      int to = Math.min(tokens.length, from + MAX_TAG_RUN);
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) {
        words[i - from] = normalized.substring(tokens[i].begin(), tokens[i].end());
      }
      String[] tags = tagger.tag(words);
      for (int i = from; i < to; i++) {
        out[i] = new Token(tokens[i].begin(), tokens[i].end(), tags[i - from]);
      }
    }
    return out;
  }
}

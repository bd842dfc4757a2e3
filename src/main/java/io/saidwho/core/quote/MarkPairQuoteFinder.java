package io.saidwho.core.quote;

import io.saidwho.core.quote.MarkContext.Cue;
import io.saidwho.core.quote.QuoteMarks.Family;
import io.saidwho.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotes by pairing quote marks ({@link QuoteMarks}) in one left-to-right pass over the whole
 * text, reading each mark's role from its context ({@link MarkContext}).
 *
 * <p>Conventions (see the catalogue in {@code MarkPairQuoteFinderTest}):
 *
 * <ul>
 *   <li>The span is the text between the marks, punctuation inside included. Quotes may run across
 *       sentences.
 *   <li>A multi-paragraph quote (an opening mark at the start of each paragraph, one closing mark
 *       at the end) is one quote from the first opening mark to the closing mark, as in the
 *       held-out gold: a quote still open at a paragraph end goes on when the next paragraph starts
 *       with an opening mark of its family (that mark opens nothing new).
 *   <li>Otherwise a quote still open at the end of its paragraph ends there, trailing blanks
 *       excluded, with {@code closed == false}.
 *   <li>A quote interrupted by its attribution gives two quotes (two pairs of marks).
 *   <li>Nesting: a quote of the other family inside a quote is part of the outer span and is not
 *       reported on its own (it is the speaker quoting someone, not a new quotation). At most two
 *       levels are tracked; deeper marks are ignored.
 *   <li>Nested marks of the same family: inside an open double quote, an opening double mark whose
 *       closing mark follows within five words, with the outer closing mark still to come in the
 *       paragraph, quotes a word inside the quote ("… it was "fake" and …"): part of the outer
 *       span.
 *   <li>Recovery: otherwise an opening double mark while a double quote is open ends the first quote
 *       there, unclosed, and starts a new one (a missing closing mark is the usual cause). A single
 *       opening mark that never closes, or that a later single opening mark replaces, was an
 *       apostrophe: it is dropped and the quotes found inside it are kept. A closing mark with
 *       nothing open is ignored (a plural possessive, an inch mark, a stray mark).
 *   <li>A span without any letter or digit is dropped.
 * </ul>
 *
 * <p>Linear in the text length; the result is sorted by begin and non-overlapping. Never throws.
 * Stateless and thread-safe (the pairing state lives in a {@link Pass} per call).
 */
public final class MarkPairQuoteFinder implements QuoteFinder {

  /** Longest inner quote of the outer quote's own mark, in words and in chars. */
  private static final int NESTED_MAX_WORDS = 5;
  private static final int NESTED_MAX_CHARS = 60;

  @Override
  public List<Quote> find(String text) {
    Pass pass = new Pass(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        pass.endParagraph(i);
      } else if (QuoteMarks.isQuoteMark(c)) {
        pass.mark(i, QuoteMarks.familyOf(c), MarkContext.cueAt(text, i));
      }
    }
    pass.endParagraph(text.length());
    return pass.quotes;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** An opening mark waiting for its closing mark, with the closed quotes nested inside it. */
  private static final class Open {
    final Family family;
    final int mark;
    final List<Quote> nested = new ArrayList<>();

    Open(Family family, int mark) {
      this.family = family;
      this.mark = mark;
    }
  }

  /** The pairing state of one call: at most two open marks (outer, inner). */
  private static final class Pass {
    final String text;
    final List<Quote> quotes = new ArrayList<>();
    final List<Open> open = new ArrayList<>(2);
    int continuationMark = -1;
    int nestedClose = -1;

    Pass(String text) {
      this.text = text;
    }

    void mark(int i, Family family, Cue cue) {
      if (cue == Cue.NONE || i == continuationMark || i == nestedClose) {
        return;
      }
      int level = levelOf(family);
      if (level == 0 && cue == Cue.OPEN && family == Family.DOUBLE && nestsInOuter(i)) {
        return;
      }
      if (level >= 0 && cue != Cue.OPEN) {
        close(level, i);
      } else if (level >= 0) {
        reopen(level, i);
      } else if (cue != Cue.CLOSE && open.size() < 2) {
        open.add(new Open(family, i));
      }
    }

    private int levelOf(Family family) {
      for (int level = open.size() - 1; level >= 0; level--) {
        if (open.get(level).family == family) {
          return level;
        }
      }
      return -1;
    }

    private void close(int level, int i) {
      Open o = open.get(level);
      truncate(level);
      Quote quote = new Quote(new TextSpan(o.mark + 1, i), QuoteKind.DIRECT, true);
      if (level == 0) {
        emit(quote);
      } else if (hasLetterOrDigit(quote.span())) {
        open.get(level - 1).nested.add(quote);
      }
    }

    /**
     * Inside an open double quote, an opening double mark whose closing mark follows within a few
     * words, with the outer quote's closing mark still to come in the paragraph ("… it was "fake"
     * and walked off …"), quotes a word inside the quote: both marks stay part of the outer span.
     * Remembers the inner closing mark so that it closes nothing.
     */
    private boolean nestsInOuter(int i) {
      int close = nextDoubleMark(i + 1, NESTED_MAX_CHARS);
      if (close < 0 || MarkContext.cueAt(text, close) == Cue.OPEN || words(i + 1, close) > NESTED_MAX_WORDS) {
        return false;
      }
      int outer = nextDoubleMark(close + 1, Integer.MAX_VALUE);
      if (outer < 0 || MarkContext.cueAt(text, outer) == Cue.OPEN) {
        return false;
      }
      nestedClose = close;
      return true;
    }

    /** The next double mark from {@code from} within {@code within} chars, same line; or -1. */
    private int nextDoubleMark(int from, int within) {
      for (int j = from; j < text.length() && j - from < within; j++) {
        char c = text.charAt(j);
        if (isLineBreak(c)) {
          return -1;
        }
        if (QuoteMarks.familyOf(c) == Family.DOUBLE && MarkContext.cueAt(text, j) != Cue.NONE) {
          return j;
        }
      }
      return -1;
    }

    private int words(int from, int to) {
      int words = 0;
      boolean inWord = false;
      for (int j = from; j < to; j++) {
        boolean letter = Character.isLetterOrDigit(text.charAt(j));
        words += letter && !inWord ? 1 : 0;
        inWord = letter;
      }
      return words;
    }

    /** An opening mark of a family already open: recover from the missing closing mark. */
    private void reopen(int level, int i) {
      Open o = open.get(level);
      if (o.family == Family.DOUBLE && level == 0) {
        truncate(0);
        emitUnclosed(o.mark, i);
      } else {
        dropAsApostrophe(level);
      }
      open.add(new Open(o.family, i));
    }

    /** The open mark at {@code level} was no quote mark: keep what was nested inside it. */
    private void dropAsApostrophe(int level) {
      Open o = open.get(level);
      truncate(level);
      if (level == 0) {
        o.nested.forEach(this::emit);
      } else {
        open.get(level - 1).nested.addAll(o.nested);
      }
    }

    void endParagraph(int lineEnd) {
      if (open.isEmpty() || continuationMark > lineEnd || continuesInNextParagraph(lineEnd)) {
        return;
      }
      Open outer = open.get(0);
      Open inner = open.size() > 1 ? open.get(1) : null;
      if (outer.family == Family.DOUBLE) {
        truncate(0);
        emitUnclosed(outer.mark, lineEnd);
      } else {
        dropAsApostrophe(0);
        if (inner != null) {
          emitUnclosed(inner.mark, lineEnd);
        }
      }
    }

    /**
     * True when the next paragraph opens with a mark of the outer quote's family: the quote goes on
     * there, and that mark is remembered so that it does not open a new quote.
     */
    private boolean continuesInNextParagraph(int lineEnd) {
      int j = lineEnd;
      while (j < text.length() && MarkContext.isBlank(text.charAt(j))) {
        j++;
      }
      boolean continues =
          j < text.length()
              && QuoteMarks.familyOf(text.charAt(j)) == open.get(0).family
              && MarkContext.cueAt(text, j) != Cue.CLOSE
              && MarkContext.cueAt(text, j) != Cue.NONE;
      if (continues) {
        truncate(1);
        continuationMark = j;
      }
      return continues;
    }

    private void truncate(int size) {
      while (open.size() > size) {
        open.remove(open.size() - 1);
      }
    }

    private void emitUnclosed(int mark, int limit) {
      int end = limit;
      while (end > mark + 1 && MarkContext.isBlank(text.charAt(end - 1))) {
        end--;
      }
      emit(new Quote(new TextSpan(mark + 1, end), QuoteKind.DIRECT, false));
    }

    private void emit(Quote quote) {
      if (hasLetterOrDigit(quote.span())) {
        quotes.add(quote);
      }
    }

    private boolean hasLetterOrDigit(TextSpan span) {
      for (int i = span.begin(); i < span.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }
}

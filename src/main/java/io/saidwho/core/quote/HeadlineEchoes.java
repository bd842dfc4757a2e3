package io.saidwho.core.quote;

import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headline quotes and the body words they echo. A headline is the article's first paragraph when
 * it is short and ends without a period (a title line above the body). A headline quote echoes the
 * body when its words come again, in order and at most two words apart, in a later paragraph,
 * quoted or not ("Custody deaths 'shock' MPs" over "... have reached “shocking” levels"): a word
 * matches one that shares its first letters (inflections aside). Stateless.
 */
public final class HeadlineEchoes {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
  private static final int MAX_HEADLINE_WORDS = 20;
  private static final int STEM = 5;
  private static final int GAP = 2;

  private HeadlineEchoes() {}

  /** True when {@code quote} lies in the article's headline line. */
  public static boolean isInHeadline(AnalyzedText text, Quote quote) {
    List<Paragraph> paragraphs = text.paragraphs();
    if (paragraphs.size() < 2 || !paragraphs.get(0).span().contains(quote.begin())) {
      return false;
    }
    String headline = paragraphs.get(0).span().cover(text.text()).trim();
    int end = headline.length();
    while (end > 1 && QuoteMarks.isQuoteMark(headline.charAt(end - 1))) {
      end--;
    }
    char last = headline.charAt(end - 1);
    return words(headline).size() <= MAX_HEADLINE_WORDS && ".!?".indexOf(last) < 0;
  }

  /** True when the quote's words come again, in order, after the headline. */
  public static boolean echoesBody(AnalyzedText text, Quote quote) {
    return echoes(quote.span().cover(text.text()),
        text.text().substring(text.paragraphs().get(1).begin()));
  }

  /** True when the quote's words come again inside one of the body's {@code quotes}. */
  public static boolean echoesBodyQuote(AnalyzedText text, Quote quote, List<Quote> quotes) {
    String quoted = quote.span().cover(text.text());
    int body = text.paragraphs().get(1).begin();
    for (Quote other : quotes) {
      if (other.begin() >= body && echoes(quoted, other.span().cover(text.text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the quoted words come again in order; a quote of three words or more may lose one
   * word in the echo ("risks breaking golden rule" over "avoid breaking its golden rule").
   */
  private static boolean echoes(String quotedText, String bodyText) {
    List<String> quoted = words(quotedText);
    if (quoted.isEmpty()) {
      return false;
    }
    List<String> body = words(bodyText);
    if (echoesAll(quoted, body)) {
      return true;
    }
    for (int skip = 0; quoted.size() >= 3 && skip < quoted.size(); skip++) {
      List<String> fewer = new ArrayList<>(quoted);
      fewer.remove(skip);
      if (echoesAll(fewer, body)) {
        return true;
      }
    }
    return false;
  }

  private static boolean echoesAll(List<String> quoted, List<String> body) {
    for (int i = 0; i < body.size(); i++) {
      if (sameWord(quoted.get(0), body.get(i)) && followsAt(quoted, body, i)) {
        return true;
      }
    }
    return false;
  }

  /** The quoted words after the first come next in the body, at most {@link #GAP} apart. */
  private static boolean followsAt(List<String> quoted, List<String> body, int at) {
    int j = at;
    for (int k = 1; k < quoted.size(); k++) {
      int found = -1;
      for (int n = j + 1; n < body.size() && n <= j + 1 + GAP; n++) {
        if (sameWord(quoted.get(k), body.get(n))) {
          found = n;
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      j = found;
    }
    return true;
  }

  /** Equal, or both long enough and alike in their first letters ("shocks", "shocking"). */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int stem = Math.min(STEM, Math.min(a.length(), b.length()) - 1);
    return stem >= 4 && a.regionMatches(0, b, 0, stem);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}

package io.saidwho.io.input;

import io.saidwho.core.text.Article;
import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import io.saidwho.io.Reject;
import io.saidwho.io.RejectReason;
import io.saidwho.io.StrictUtf8;
import io.saidwho.io.html.ExtractedPage;
import io.saidwho.io.html.PageExtractor;
import java.net.URI;
import java.util.Locale;

/**
 * Turns the bytes of one HTML page into an article (through {@link PageExtractor}) or a reject,
 * for the {@code html} and {@code warc} formats: binary content is {@code binary}, an extractor
 * failure {@code extract_failed}, a page without article text {@code no_article_text}; then the
 * usual {@code empty_text} / {@code too_large} checks on the extracted text. The source is the
 * URL's host without {@code www.}. Stateless.
 */
final class PageArticles {

  private PageArticles() {}

  /**
   * The article of a page.
   *
   * @param charset the charset the server declared, or null to let the page say
   * @param url the page's address (WARC-Target-URI), or null to use its canonical URL
   * @param fallbackDate the date to use when the page declares none (WARC-Date), or null
   */
  static ParsedRecord parse(String id, String inputFile, byte[] html, String charset, String url,
      String fallbackDate, RecordParser parser) {
    Reject binary = parser.binary(id, inputFile, html);
    if (binary != null) {
      return ParsedRecord.rejected(binary);
    }
    ExtractedPage page;
    try {
      page = PageExtractor.extract(html, charset, url);
    } catch (RuntimeException | StackOverflowError e) {
      return reject(RejectReason.EXTRACT_FAILED, id, inputFile, "extracting the page failed: " + e,
          html);
    }
    if (!page.hasText()) {
      return reject(RejectReason.NO_ARTICLE_TEXT, id, inputFile, "no article text: " + page.words()
          + " words in the main content, fewer than " + PageExtractor.MIN_WORDS, html);
    }
    String address = url != null ? url : page.canonicalUrl();
    String date = page.publishedAt() != null ? page.publishedAt() : fallbackDate;
    Article article = new Article(id, page.title(), page.text(), host(address), address, date);
    return parser.validate(inputFile, article, page.text());
  }

  static ParsedRecord reject(RejectReason reason, String id, String inputFile, String message,
      byte[] raw) {
    String excerpt = raw == null ? null : StrictUtf8.decodeLeniently(raw, 4 * Reject.EXCERPT_CHARS);
    return ParsedRecord.rejected(reason.reject(id, inputFile, message, excerpt));
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package io.saidwho.io.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of a news page: jsoup parses the bytes (charset from the HTTP header when given,
 * else the page's BOM or meta charset, else UTF-8); the page's metadata is read first (title:
 * {@code og:title}, else JSON-LD {@code headline}, else the first {@code <h1>} when the {@code
 * <title>} holds it, else Readability's title (the {@code <title>} without the site name), else
 * {@code <title>}; {@link PublishedDate}; canonical URL); then Mozilla's Readability algorithm (Readability4J) picks the main content element,
 * which {@link ParagraphLines} turns into one line per paragraph. The text is the headline line
 * followed by the paragraph lines (the headline is not repeated when the content starts with it).
 * A body of fewer than {@link #MIN_WORDS} words outside links is no article text (a list of
 * headlines is not an article). Stateless.
 */
public final class PageExtractor {

  /** Fewer body words than this and the page holds no article (an index page, a wall). */
  public static final int MIN_WORDS = 25;
  /** The base URI of a page without address (Readability needs one to resolve links). */
  private static final String NO_ADDRESS = "http://page.invalid/";

  private PageExtractor() {}

  /** The article of {@code html}; {@code charset} may be null, {@code url} the page's address. */
  public static ExtractedPage extract(byte[] html, String charset, String url) {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(html), charset, url == null ? NO_ADDRESS : url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String title = declaredTitle(page);
    String pageTitle = blankToNull(page.title());
    Element h1 = page.selectFirst("h1");
    String heading = h1 == null ? null : blankToNull(h1.text());
    if (title == null && heading != null && pageTitle != null && pageTitle.contains(heading)) {
      title = heading;
    }
    String publishedAt = PublishedDate.of(page);
    String canonical = canonicalUrl(page);
    Article article = new Readability4J(url == null ? NO_ADDRESS : url, page).parse();
    Element content = article.getArticleContent();
    List<String> lines = content == null ? List.of() : ParagraphLines.of(content);
    if (title == null) {
      String readable = blankToNull(article.getTitle());
      title = readable != null ? readable : pageTitle;
    }
    int words = content == null ? 0 : words(lines) - words(List.of(content.select("a").text()));
    String text = words < MIN_WORDS ? null : text(title, lines);
    return new ExtractedPage(title, text, publishedAt, canonical, words);
  }

  private static String text(String title, List<String> lines) {
    List<String> all = new ArrayList<>();
    if (title != null && (lines.isEmpty() || !lines.get(0).equals(title))) {
      all.add(title);
    }
    all.addAll(lines);
    return String.join("\n", all) + "\n";
  }

  private static int words(List<String> lines) {
    int words = 0;
    for (String line : lines) {
      words += line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }
    return words;
  }

  private static String declaredTitle(Document page) {
    String og = page.select("meta[property=og:title]").attr("content");
    if (!og.isBlank()) {
      return blankToNull(og);
    }
    List<String> headlines = JsonLd.values(page, "headline");
    return headlines.isEmpty() ? null : blankToNull(headlines.get(0));
  }

  private static String canonicalUrl(Document page) {
    String canonical = page.select("link[rel=canonical]").attr("abs:href");
    if (canonical.isBlank()) {
      canonical = page.select("meta[property=og:url]").attr("content");
    }
    return blankToNull(canonical);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
  }
}

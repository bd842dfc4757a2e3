package io.saidwho.io.html;

/**
 * What {@link PageExtractor} found in one HTML page.
 *
 * @param title the headline, or null
 * @param text the article's main text, one paragraph per line (the headline first), or null when
 *     the page holds no article text
 * @param publishedAt the date the page declares, as written, or null
 * @param canonicalUrl the page's canonical or {@code og:url}, or null
 * @param words the number of words of the body outside links (without the headline)
 */
public record ExtractedPage(String title, String text, String publishedAt, String canonicalUrl,
    int words) {

  public boolean hasText() {
    return text != null;
  }
}

package io.saidwho.io.html;

import io.saidwho.io.PublishedAt;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a news page declares about itself, in this order: JSON-LD {@code
 * datePublished} (also inside {@code @graph} and arrays), the {@code article:published_time}
 * meta property, {@code itemprop="datePublished"}, the common date meta names ({@code pubdate},
 * {@code publishdate}, {@code date}, Dublin Core, Parse.ly, Sailthru), then {@code <time pubdate>}.
 * The first candidate that {@link PublishedAt} can parse wins; null when none can. Stateless.
 */
final class PublishedDate {

  private static final List<String> META_SELECTORS = List.of(
      "meta[property=article:published_time]", "meta[property=og:published_time]",
      "[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
      "meta[name=publish-date]", "meta[name=dc.date.issued]", "meta[name=dc.date]",
      "meta[name=dcterms.created]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]",
      "meta[name=date]", "time[pubdate]");

  private PublishedDate() {}

  /** The page's publication date as written, or null. */
  static String of(Document page) {
    List<String> candidates = new ArrayList<>(JsonLd.values(page, "datePublished"));
    for (String selector : META_SELECTORS) {
      for (Element element : page.select(selector)) {
        for (String attribute : List.of("content", "datetime")) {
          if (element.hasAttr(attribute)) {
            candidates.add(element.attr(attribute));
          }
        }
      }
    }
    for (String candidate : candidates) {
      if (PublishedAt.toMicros(candidate) != null) {
        return candidate.strip();
      }
    }
    return null;
  }
}

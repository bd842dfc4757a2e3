package io.saidwho.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Main-text extraction on invented news pages with the clutter of real ones. */
class PageExtractorTest {

  static byte[] page(String name) {
    try (InputStream in = PageExtractorTest.class.getResourceAsStream("/pages/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExtractedPage extract(String name) {
    return PageExtractor.extract(page(name), null, "https://news.example/" + name);
  }

  @Test
  void theArticleTextIsTheHeadlineThenOneParagraphPerLineWithEntitiesDecoded() {
    ExtractedPage page = extract("harbour-bridge.html");

    List<String> lines = page.text().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Harbour bridge to reopen in May, council says");
    assertThat(lines).contains(
        "The harbour bridge will reopen to traffic in May after six months of repairs, the city"
            + " council said on Tuesday.",
        "\u201cThe worst is behind us,\u201d said council leader Maria Okafor. \u201cCrews have"
            + " replaced every cable and the deck is safe.\u201d",
        "The repairs cost \u00a312 million, about 20% more than planned & budgeted.",
        "Cyclists first",
        "\"We want people to see the bridge before the cars return,\" the statement said.");
  }

  @Test
  void scriptsAttributesCommentsNavigationAndCommentSectionsNeverAppear() {
    for (String name : List.of("harbour-bridge.html", "orchard-frost.html")) {
      String text = extract(name).text();
      assertThat(text).as(name).doesNotContain("never close the bridge", "Injected",
          "commented-out", "Fake paragraph", "Buy now", "Opinion", "Morning Briefing",
          "Live updates", "before\" repairs", "Home", "Most read", "No new taxes", "About time",
          "All rights reserved", "Enable JavaScript", "Record harvest", "Best tractors",
          "Orchard growers fear\u201d", "hello", "Good luck", "Do not publish", "Accept",
          "Local news since", "opinion");
    }
  }

  @Test
  void aDeclaredCharsetIsHonouredAndLineBreaksMakeParagraphs() {
    ExtractedPage page = extract("orchard-frost.html");

    List<String> lines = page.text().lines().toList();
    assertThat(lines).contains("\u201cIf the blossom freezes, we lose the year,\u201d said Henrik"
        + " Dahl, who farms 40 hectares above the river. \u201cThere is nothing you can buy that"
        + " brings it back.\u201d");
    assertThat(lines).anyMatch(line -> line.endsWith("colder air \u2013 a method used since the"
        + " 1970s."));
    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void thePublicationDateComesFromJsonLdBeforeMetaTags() {
    assertThat(extract("harbour-bridge.html").publishedAt()).isEqualTo("2031-04-02T07:15:00Z");
    assertThat(extract("orchard-frost.html").publishedAt())
        .isEqualTo("2031-05-14 06:40:00+0200");
  }

  @Test
  void titleAndCanonicalUrlComeFromThePageMetadata() {
    ExtractedPage page = extract("harbour-bridge.html");

    assertThat(page.title()).isEqualTo("Harbour bridge to reopen in May, council says");
    assertThat(page.canonicalUrl()).isEqualTo("https://gazette.example/news/harbour-bridge");
  }

  @Test
  void anIndexPageHasNoArticleText() {
    ExtractedPage page = extract("latest-news-index.html");

    assertThat(page.hasText()).isFalse();
    assertThat(page.words()).isLessThan(PageExtractor.MIN_WORDS);
  }

  @Test
  void aPageWithoutBodyHasNoArticleText() {
    ExtractedPage page = PageExtractor.extract("<html><head><title>T</title></head></html>"
        .getBytes(StandardCharsets.UTF_8), null, null);

    assertThat(page.hasText()).isFalse();
  }
}

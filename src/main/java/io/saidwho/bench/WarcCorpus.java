package io.saidwho.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Turns a JSON Lines corpus (e.g. {@link CorpusGenerator}'s) into gzipped WARC files of news
 * pages, for the bench of {@code input.format=warc}: each article becomes a request and a 200
 * {@code text/html} response whose page wraps the article's paragraphs in the clutter of a news
 * site (navigation, an ad slot, scripts and attributes holding quotes, JSON-LD with the date, a
 * related-links box, a comment section, a footer), about 3 KB of markup per page.
 *
 * <p>Usage: {@code --from DIR|FILE.jsonl --out DIR [--per-file N]}
 */
public final class WarcCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant CRAWLED = Instant.parse("2026-01-01T00:00:00Z");

  private WarcCorpus() {}

  public static void main(String[] args) throws IOException {
    CliArgs cli = new CliArgs(args, Set.of("from", "out", "per-file"));
    Path out = Path.of(cli.required("out"));
    Files.createDirectories(out);
    long perFile = cli.number("per-file", 5000);
    long written = 0;
    WarcWriter writer = null;
    for (Path file : jsonlFiles(Path.of(cli.required("from")))) {
      try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (written % perFile == 0) {
            writer = next(writer, out.resolve(String.format(Locale.ROOT,
                "corpus-%05d.warc.gz", written / perFile)));
          }
          capture(writer, JSON.readTree(line));
          written++;
        }
      }
    }
    if (writer != null) {
      writer.close();
    }
    System.out.printf(Locale.ROOT, "Wrote %d pages to %s%n", written, out);
  }

  private static List<Path> jsonlFiles(Path from) throws IOException {
    if (!Files.isDirectory(from)) {
      return List.of(from);
    }
    try (Stream<Path> files = Files.list(from)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  private static WarcWriter next(WarcWriter current, Path file) throws IOException {
    if (current != null) {
      current.close();
    }
    return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
  }

  private static void capture(WarcWriter writer, JsonNode article) throws IOException {
    URI url = URI.create("https://news.example/" + article.get("id").asText());
    writer.write(new WarcRequest.Builder(url).date(CRAWLED)
        .body(new HttpRequest.Builder("GET", url.getRawPath()).addHeader("Host", url.getHost())
            .build()).build());
    byte[] page = page(article).getBytes(StandardCharsets.UTF_8);
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), page).build();
    writer.write(new WarcResponse.Builder(url).date(CRAWLED).body(http).build());
  }

  static String page(JsonNode article) {
    String title = Entities.escape(article.path("title").asText("Untitled"));
    String date = article.path("published_at").asText("2026-01-01T00:00:00Z");
    StringBuilder body = new StringBuilder();
    for (String paragraph : article.get("text").asText().split("\n")) {
      if (!paragraph.isBlank()) {
        body.append("    <p>").append(Entities.escape(paragraph.strip())).append("</p>\n");
      }
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<title>" + title + " | News Example</title>\n"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"datePublished\":\"" + date + "\"}</script>\n"
        + "<script>var promo = \"Subscribe today,\" the banner says; track(\"view\");</script>\n"
        + "</head><body>\n<header><nav class=\"main-nav\"><a href=\"/\">Home</a> "
        + "<a href=\"/world\">World</a> <a href=\"/business\">Business</a> "
        + "<a href=\"/opinion\" title=\"&quot;Our view&quot;\">Opinion</a></nav></header>\n"
        + "<div class=\"ad\" id=\"ad-top\"><p>Advertisement</p></div>\n"
        + "<main><article><h1>" + title + "</h1>\n"
        + "  <div class=\"byline\">By Staff Reporter</div>\n  <div class=\"story-body\">\n"
        + body
        + "  </div></article>\n"
        + "<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/r1\">\"Talks resume\""
        + " in the capital</a></li><li><a href=\"/r2\">Markets close lower</a></li></ul></aside>\n"
        + "<section class=\"comments\"><h3>Comments</h3><div class=\"comment\"><p>\"Well said,\""
        + " wrote a reader.</p></div></section></main>\n"
        + "<!-- <p>\"A commented-out quote,\" said the template.</p> -->\n"
        + "<footer><p>&copy; 2026 News Example. <a href=\"/privacy\">Privacy</a></p></footer>\n"
        + "</body></html>\n";
  }
}

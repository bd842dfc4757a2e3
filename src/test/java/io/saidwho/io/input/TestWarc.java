package io.saidwho.io.input;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Test helper: writes a WARC file with jwarc's own writer, as a crawler would: each capture is a
 * {@code request} record followed by its {@code response} record.
 */
public final class TestWarc implements Closeable {

  public static final Instant CRAWLED = Instant.parse("2031-06-01T12:00:00Z");

  private final WarcWriter writer;

  public TestWarc(Path file, WarcCompression compression) throws IOException {
    writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression);
  }

  /** A request and its response; returns the response's WARC-Record-ID. */
  public String capture(String url, int status, String contentType, byte[] body)
      throws IOException {
    URI uri = URI.create(url);
    writer.write(new WarcRequest.Builder(uri).date(CRAWLED)
        .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost())
            .build()).build());
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    http.body(MediaType.parse(contentType), body);
    UUID id = UUID.randomUUID();
    writer.write(new WarcResponse.Builder(uri).recordId(id).date(CRAWLED).body(http.build())
        .build());
    return "urn:uuid:" + id;
  }

  /** A 200 HTML capture. */
  public String page(String url, byte[] html) throws IOException {
    return capture(url, 200, "text/html; charset=utf-8", html);
  }

  /** A {@code resource} record holding a page directly (no HTTP). */
  public String resource(String url, byte[] html) throws IOException {
    UUID id = UUID.randomUUID();
    writer.write(new WarcResource.Builder(URI.create(url)).recordId(id).date(CRAWLED)
        .body(MediaType.parse("text/html"), html).build());
    return "urn:uuid:" + id;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}

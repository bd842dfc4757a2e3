package io.saidwho.io.input;

import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import io.saidwho.io.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * {@code input.format=warc}: WARC files ({@code .warc}, {@code .warc.gz}, e.g. Common Crawl's
 * CC-NEWS), read record by record with jwarc, streaming (one record's payload in memory at a time,
 * up to {@link RecordParser#maxMarkupBytes()}). Every {@code response} record (and {@code
 * resource} record) is an input record; {@code warcinfo}, {@code request}, {@code metadata} and
 * {@code revisit} records are not articles and are passed over. A response that is not HTTP or
 * whose payload is not HTML is {@code not_html}; a status other than 200 is {@code http_status};
 * otherwise the page becomes an article ({@link PageArticles}): id = {@code WARC-Record-ID}, url =
 * {@code WARC-Target-URI}, source = its host, published_at = the page's own date, else {@code
 * WARC-Date}. A malformed or truncated record ends the file with one {@code read_error} reject,
 * after the records before it.
 *
 * <p>A {@code .warc.gz} file larger than the split size is cut into byte ranges read in parallel:
 * a split starts at the first gzip member in its range that holds a record ({@link GzipMembers})
 * and reads the records that start in its range. Uncompressed {@code .warc} files are one split.
 */
public final class WarcFormat implements InputFormat {

  private static final long serialVersionUID = 1L;
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  @Override
  public String label() {
    return "warc";
  }

  @Override
  public List<String> extensions() {
    return List.of(".warc", ".warc.gz");
  }

  @Override
  public boolean extractsText() {
    return true;
  }

  @Override
  public List<FileSplit> splits(InputFile file, long maxSplitBytes) {
    if (!file.isGzip() || file.length() <= maxSplitBytes) {
      return List.of(FileSplit.whole(file));
    }
    List<FileSplit> splits = new ArrayList<>();
    for (long start = 0; start < file.length(); start += maxSplitBytes) {
      splits.add(new FileSplit(file, start, Math.min(file.length(), start + maxSplitBytes)));
    }
    return splits;
  }

  @Override
  public Iterator<InputRecord> read(FileSplit split, InputStream in, RecordParser parser)
      throws IOException {
    long end = split.isFirst() && split.end() >= split.file().length() ? Long.MAX_VALUE
        : split.end();
    if (split.isFirst()) {
      return new WarcRecords(split.file(), new WarcReader(in), 0, end, parser);
    }
    GzipMembers.Start start = GzipMembers.next(in, split.start(), end);
    return start == null ? Collections.emptyIterator()
        : new WarcRecords(split.file(), new WarcReader(start.stream()), start.offset(), end,
            parser);
  }

  /** The response and resource records that start in one split of a WARC file. */
  private static final class WarcRecords extends RecordIterator {

    private final InputFile file;
    private final WarcReader reader;
    private final long base;
    private final long end;
    private final RecordParser parser;
    private long lastPosition = -1;

    /** Records of {@code reader}, which starts at {@code base} of the file, up to {@code end}. */
    WarcRecords(InputFile file, WarcReader reader, long base, long end, RecordParser parser) {
      this.file = file;
      this.reader = reader;
      this.base = base;
      this.end = end;
      this.parser = parser;
    }

    @Override
    protected InputRecord computeNext() throws IOException {
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        WarcRecord record = next.get();
        lastPosition = base + record.position();
        if (lastPosition >= end) {
          return null;
        }
        if (record instanceof WarcResponse response) {
          return InputRecord.of(file, lastPosition, response(response));
        }
        if (record instanceof WarcResource resource) {
          return InputRecord.of(file, lastPosition, resource(resource));
        }
      }
      return null;
    }

    @Override
    protected InputRecord onError(IOException e) {
      return InputRecord.of(file, Math.max(base + reader.position(), lastPosition + 1),
          ParsedRecord.rejected(RejectReason.READ_ERROR.reject(null, file.path(),
              "malformed or truncated WARC after the records before: " + e, null)));
    }

    private ParsedRecord response(WarcResponse response) throws IOException {
      String id = response.id().toString();
      if (!MediaType.HTTP.equals(response.contentType().base())) {
        return notHtml(id, "a " + response.contentType().base() + " response, not HTTP");
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return PageArticles.reject(RejectReason.HTTP_STATUS, id, file.path(),
            "HTTP status " + http.status() + " " + http.reason() + " for " + response.target(),
            null);
      }
      Optional<String> type = http.headers().first("Content-Type");
      if (type.isEmpty()) {
        return notHtml(id, "no Content-Type for " + response.target());
      }
      return page(id, MediaType.parseLeniently(type.get()), http.bodyDecoded().stream(),
          response.target(), response.date().toString());
    }

    private ParsedRecord resource(WarcResource resource) throws IOException {
      String id = resource.id().toString();
      return page(id, resource.contentType(), resource.body().stream(), resource.target(),
          resource.date().toString());
    }

    private ParsedRecord page(String id, MediaType type, InputStream body, String url,
        String date) throws IOException {
      if (!HTML_TYPES.contains(type.base().toString())) {
        return notHtml(id, "payload type " + type.base() + " for " + url);
      }
      long limit = parser.maxMarkupBytes();
      byte[] html = Streams.readUpTo(body, limit);
      if (html.length > limit) {
        return ParsedRecord.rejected(parser.tooManyBytes(id, file.path(), limit,
            Arrays.copyOf(html, 1 << 16)));
      }
      return PageArticles.parse(id, file.path(), html, charset(type), url, date, parser);
    }

    private ParsedRecord notHtml(String id, String message) {
      return PageArticles.reject(RejectReason.NOT_HTML, id, file.path(), message, null);
    }

    private static String charset(MediaType type) {
      String name = type.parameters().get("charset");
      try {
        return name != null && Charset.isSupported(name.strip()) ? name.strip() : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}

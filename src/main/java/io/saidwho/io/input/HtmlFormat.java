package io.saidwho.io.input;

import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import java.util.List;

/**
 * {@code input.format=html}: a folder of saved pages ({@code .html}, {@code .htm}, either
 * gzipped), one article per file: the id is the exact file name; title, text (the main text, one
 * paragraph per line), date and canonical URL come from the page ({@link PageArticles}). A page
 * over {@link RecordParser#maxMarkupBytes()} is {@code too_large} without being parsed.
 */
public final class HtmlFormat extends WholeFileFormat {

  private static final long serialVersionUID = 1L;

  @Override
  public String label() {
    return "html";
  }

  @Override
  public List<String> extensions() {
    return List.of(".html", ".htm", ".html.gz", ".htm.gz");
  }

  @Override
  public boolean extractsText() {
    return true;
  }

  @Override
  long maxBytes(RecordParser parser) {
    return parser.maxMarkupBytes();
  }

  @Override
  ParsedRecord parse(InputFile file, byte[] bytes, RecordParser parser) {
    return PageArticles.parse(file.name(), file.path(), bytes, null, null, null, parser);
  }
}

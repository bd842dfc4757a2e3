package io.saidwho.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of an HTML element as paragraph lines: each block element (paragraph,
 * heading, list item, quotation block, table row, …) and each {@code <br>} ends a line; white
 * space within a line is collapsed (no-break spaces included); entities are decoded (jsoup's
 * text nodes hold decoded text); blank lines are dropped. Scripts, styles, forms, embedded frames
 * and other non-text elements are skipped whole, and comments and attributes are never text.
 * Not thread-safe; one instance per element.
 */
final class ParagraphLines implements NodeFilter {

  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "tr", "table", "section",
      "article", "header", "footer", "figure", "figcaption", "main", "aside", "address", "hr");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template",
      "iframe", "object", "embed", "svg", "canvas", "form", "button", "select", "input",
      "textarea", "nav", "head", "title", "meta", "link");

  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();

  private ParagraphLines() {}

  /** The lines of {@code root}, in document order. */
  static List<String> of(Element root) {
    ParagraphLines visitor = new ParagraphLines();
    NodeTraversor.filter(visitor, root);
    visitor.endLine();
    return visitor.lines;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      append(text.getWholeText());
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      if (SKIPPED.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (BLOCKS.contains(tag) || tag.equals("br")) {
        endLine();
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
      endLine();
    }
    return FilterResult.CONTINUE;
  }

  private void append(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c)) {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
  }

  private void endLine() {
    String done = line.toString().strip();
    if (!done.isEmpty()) {
      lines.add(done);
    }
    line.setLength(0);
  }
}

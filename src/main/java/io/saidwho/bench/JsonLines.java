package io.saidwho.bench;

import io.saidwho.core.text.Article;

/**
 * Writes an {@link Article} as one JSON object on one line, with the keys {@code id, title, text,
 * source, url, published_at} (null values written as JSON null). Strings are escaped per RFC 8259;
 * non-ASCII characters are kept as they are (the file is UTF-8). Stateless.
 */
final class JsonLines {

  private JsonLines() {}

  static void append(StringBuilder out, Article article) {
    out.append('{');
    field(out, "id", article.id()).append(',');
    field(out, "title", article.title()).append(',');
    field(out, "text", article.text()).append(',');
    field(out, "source", article.source()).append(',');
    field(out, "url", article.url()).append(',');
    field(out, "published_at", article.publishedAt());
    out.append("}\n");
  }

  private static StringBuilder field(StringBuilder out, String key, String value) {
    out.append('"').append(key).append("\":");
    if (value == null) {
      return out.append("null");
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      escape(out, value.charAt(i));
    }
    return out.append('"');
  }

  private static void escape(StringBuilder out, char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }
}

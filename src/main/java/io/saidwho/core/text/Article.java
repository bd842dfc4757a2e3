package io.saidwho.core.text;

import java.util.Objects;

/**
 * One input article. {@code text} is the whole body as read (for a {@code .txt} file, the whole
 * file, headline included), so every offset the pipeline produces indexes into it. Optional
 * metadata is {@code null} when absent.
 *
 * @param id stable identifier (file name or the JSON {@code id})
 * @param title headline, or null
 * @param text the body; never null
 * @param source publisher or feed, or null
 * @param url canonical URL, or null
 * @param publishedAt ISO-8601 timestamp or date as given, or null
 */
public record Article(
    String id, String title, String text, String source, String url, String publishedAt) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public static Article of(String id, String text) {
    return new Article(id, null, text, null, null, null);
  }
}

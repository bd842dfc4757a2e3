package io.saidwho.io.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD objects of a page ({@code <script type="application/ld+json">}), arrays and
 * {@code @graph} flattened, in page order; broken JSON-LD (common) is passed over. Stateless.
 */
final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLd() {}

  /** The text values of {@code field} over every object, in page order. */
  static List<String> values(Document page, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode object : objects(page)) {
      JsonNode value = object.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        values.add(value.asText().strip());
      }
    }
    return values;
  }

  private static List<JsonNode> objects(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), objects);
      } catch (IOException e) {
        // the page's other metadata is tried instead
      }
    }
    return objects;
  }

  private static void collect(JsonNode node, List<JsonNode> objects) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collect(item, objects));
    } else if (node.isObject()) {
      objects.add(node);
      collect(node.get("@graph"), objects);
    }
  }
}

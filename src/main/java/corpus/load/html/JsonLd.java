package corpus.load.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks: each block
 * may hold an object, an array of them, or an object with an {@code @graph} array.
 */
final class JsonLd {

  /**
   * Hand-written JSON-LD often has raw line breaks inside strings and trailing commas; browsers do
   * not care, so neither do we.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  /** Arrays in arrays in graphs are already unusual; deeper nesting is not worth following. */
  private static final int MAX_DEPTH = 4;

  private static final Set<String> ARTICLE_TYPES =
      Set.of("newsarticle", "article", "reportagenewsarticle", "blogposting");

  /** Objects in page order. */
  private final List<JsonNode> objects = new ArrayList<>();

  /** Yoast and similar plug-ins name the publisher once in the graph and point to it by id. */
  private final Map<String, JsonNode> objectsById = new HashMap<>();

  private JsonLd() {}

  static JsonLd read(Document page) {
    JsonLd jsonLd = new JsonLd();
    for (Element script : page.select("script[type]")) {
      String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
      if (type.startsWith("application/ld+json")) {
        jsonLd.add(script.data());
      }
    }
    return jsonLd;
  }

  /** The {@code datePublished} of the first article object that has one, trimmed, or null. */
  String articleDatePublished() {
    for (JsonNode object : objects) {
      String date = isArticle(object) ? text(object.get("datePublished")) : null;
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The publisher's name, from an article object if one names it, else from any object. */
  String publisherName() {
    String fromAnyObject = null;
    for (JsonNode object : objects) {
      String name = name(object.get("publisher"));
      if (name != null && isArticle(object)) {
        return name;
      }
      if (fromAnyObject == null) {
        fromAnyObject = name;
      }
    }
    return fromAnyObject;
  }

  private void add(String block) {
    JsonNode root;
    try {
      root = JSON.readTree(block);
    } catch (JsonProcessingException malformed) {
      // A page's broken structured data says nothing; the rest of the page still may.
      return;
    }
    collect(root, 0);
  }

  private void collect(JsonNode node, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, depth + 1);
      }
    } else if (node.isObject()) {
      objects.add(node);
      String id = text(node.get("@id"));
      if (id != null) {
        objectsById.putIfAbsent(id, node);
      }
      collect(node.get("@graph"), depth + 1);
    }
  }

  /**
   * An object whose {@code @type}, or one of them, is an article type; {@code schema:} and URL
   * prefixes are ignored, and any type ending in "Article" counts (OpinionNewsArticle, ...).
   */
  private static boolean isArticle(JsonNode object) {
    JsonNode type = object.get("@type");
    if (type != null && type.isArray()) {
      for (JsonNode each : type) {
        if (isArticleType(text(each))) {
          return true;
        }
      }
      return false;
    }
    return isArticleType(text(type));
  }

  private static boolean isArticleType(String type) {
    if (type == null) {
      return false;
    }
    String name =
        type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1)
            .toLowerCase(Locale.ROOT);
    return ARTICLE_TYPES.contains(name) || name.endsWith("article");
  }

  /** A publisher written as a string, an object with a name or an id, or an array of those. */
  private String name(JsonNode publisher) {
    if (publisher != null && publisher.isArray()) {
      for (JsonNode each : publisher) {
        String name = each.isArray() ? null : name(each);
        if (name != null) {
          return name;
        }
      }
      return null;
    }
    if (publisher == null || !publisher.isObject()) {
      return text(publisher);
    }
    String name = text(publisher.get("name"));
    if (name != null) {
      return name;
    }
    JsonNode named = objectsById.get(text(publisher.get("@id")));
    return named == null ? null : text(named.get("name"));
  }

  /** A string value, trimmed, or null when it is absent, not a string, or blank. */
  private static String text(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    String text = node.textValue().strip();
    return text.isEmpty() ? null : text;
  }
}

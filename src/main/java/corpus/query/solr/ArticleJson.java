package corpus.query.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpus.load.Article;
import corpus.load.LanguageOrigin;
import corpus.load.SourceOrigin;
import corpus.load.date.DateSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * An article as it travels from the machine that read it to the shard that indexes it: every field
 * of the loader's {@link Article}, so the shard builds the same Lucene document a local index
 * holds.
 */
public final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  public static String write(Article article) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", article.id());
    node.put("file", article.file());
    node.put("title", article.title());
    node.put("text", article.text());
    node.put("date", article.date() == null ? null : article.date().toString());
    node.put("date_source", article.dateSource() == null ? null : article.dateSource().name());
    node.put("source", article.source());
    node.put(
        "source_origin", article.sourceOrigin() == null ? null : article.sourceOrigin().name());
    node.put("language", article.language());
    node.put(
        "language_origin",
        article.languageOrigin() == null ? null : article.languageOrigin().name());
    node.put("encoding", article.encoding());
    node.put("content_hash", article.contentHash());
    node.put("size", article.size());
    node.put("modified", article.modifiedMillis());
    return node.toString();
  }

  /**
   * @throws IllegalArgumentException when the text is not an article written by {@link #write}
   */
  public static Article read(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null || !node.isObject() || !node.hasNonNull("id")) {
      throw new IllegalArgumentException(
          "not an article: " + json.substring(0, Math.min(80, json.length())));
    }
    String date = text(node, "date");
    String dateSource = text(node, "date_source");
    String sourceOrigin = text(node, "source_origin");
    String languageOrigin = text(node, "language_origin");
    return new Article(
        text(node, "id"),
        text(node, "file"),
        text(node, "title"),
        text(node, "text"),
        date == null ? null : LocalDate.parse(date),
        dateSource == null ? null : DateSource.valueOf(dateSource),
        text(node, "source"),
        sourceOrigin == null ? null : SourceOrigin.valueOf(sourceOrigin),
        text(node, "language"),
        languageOrigin == null ? null : LanguageOrigin.valueOf(languageOrigin),
        text(node, "encoding"),
        text(node, "content_hash"),
        node.path("size").asLong(),
        node.path("modified").asLong());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}

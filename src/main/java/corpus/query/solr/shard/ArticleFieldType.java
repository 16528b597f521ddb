package corpus.query.solr.shard;

import corpus.index.Analyzers;
import corpus.index.Schema;
import corpus.index.UserDictionary;
import corpus.query.solr.ArticleJson;
import corpus.query.solr.CollectionFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.SortField;
import org.apache.solr.common.SolrException;
import org.apache.solr.response.TextResponseWriter;
import org.apache.solr.schema.FieldType;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.uninverting.UninvertingReader;

/**
 * The field type of a collection's {@code article} field: its value is an article as the loader
 * read it ({@link ArticleJson}), and it becomes every Lucene field a local index gives that article
 * ({@link Schema#fieldsOf}), analysed by our own analyzers. So the shards hold exactly what a local
 * index holds, and the local backend's counting code reads them unchanged. Never stored, sorted on
 * or returned by Solr itself: our request handler reads the fields it made.
 */
public final class ArticleFieldType extends FieldType {
  /** The collection's user dictionary, as the configset holds it (CollectionFields). */
  private UserDictionary dictionary = UserDictionary.EMPTY;

  private Analyzers analyzers = new Analyzers(UserDictionary.EMPTY);

  @Override
  protected void init(IndexSchema schema, Map<String, String> args) {
    super.init(schema, args);
    List<String> words = new ArrayList<>();
    try (InputStream in = schema.getResourceLoader().openResource(CollectionFields.USER_WORDS);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new SolrException(
          SolrException.ErrorCode.SERVER_ERROR,
          "the collection's configset has no readable " + CollectionFields.USER_WORDS,
          e);
    }
    dictionary = UserDictionary.of(words);
    analyzers = new Analyzers(dictionary);
  }

  /** The words the collection's Chinese articles are segmented with, which queries need too. */
  public UserDictionary dictionary() {
    return dictionary;
  }

  @Override
  public List<IndexableField> createFields(SchemaField field, Object value) {
    try {
      return Schema.fieldsOf(ArticleJson.read(value.toString()), analyzers);
    } catch (RuntimeException e) {
      throw new SolrException(
          SolrException.ErrorCode.BAD_REQUEST, "not an article of corpus: " + e.getMessage(), e);
    }
  }

  @Override
  public UninvertingReader.Type getUninversionType(SchemaField field) {
    return null;
  }

  @Override
  public void write(TextResponseWriter writer, String name, IndexableField field) {
    throw new UnsupportedOperationException("the article field is never returned");
  }

  @Override
  public SortField getSortField(SchemaField field, boolean top) {
    throw new SolrException(
        SolrException.ErrorCode.BAD_REQUEST, "the article field cannot be sorted on");
  }
}

package corpus.query.solr.shard;

import corpus.index.Analyzers;
import corpus.index.Schema;
import corpus.index.UserDictionary;
import corpus.query.solr.ArticleJson;
import java.util.List;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.SortField;
import org.apache.solr.common.SolrException;
import org.apache.solr.response.TextResponseWriter;
import org.apache.solr.schema.FieldType;
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
  /** Shared by every core of the node: analyzers are thread-safe, and HanLP is slow to load. */
  private static final Analyzers ANALYZERS = new Analyzers(UserDictionary.EMPTY);

  @Override
  public List<IndexableField> createFields(SchemaField field, Object value) {
    try {
      return Schema.fieldsOf(ArticleJson.read(value.toString()), ANALYZERS);
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

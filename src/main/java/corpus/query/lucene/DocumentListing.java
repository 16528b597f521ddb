package corpus.query.lucene;

import corpus.query.DocumentInfo;
import corpus.query.DocumentList;
import corpus.query.DocumentsQuery;
import corpus.query.Sources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/** Lists the articles, in id order. */
final class DocumentListing {
  private final IndexReader reader;
  private final ArticlePaths paths;

  DocumentListing(IndexReader reader, ArticlePaths paths) {
    this.reader = reader;
    this.paths = paths;
  }

  DocumentList list(DocumentsQuery query) throws IOException {
    Filter filter = new Filter(query);
    List<DocumentInfo> documents = new ArrayList<>();
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      Leaf leaf = new Leaf(context);
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        DocumentInfo document = leaf.describe(doc, filter);
        if (document != null) {
          documents.add(document);
        }
      }
    }
    documents.sort(Comparator.comparing(DocumentInfo::id));
    return new DocumentList(List.copyOf(documents));
  }

  /**
   * One page of the listing, for a shard of a cluster: the articles among the next {@code size} ids
   * after {@code after}, in id order. The ids come from doc values, so a page costs one pass over
   * the ids and at most {@code size} articles read; a shard never sends its whole list at once.
   *
   * @param after the last id of the previous page, or null for the first page
   */
  DocumentPage page(DocumentsQuery query, String after, int size) throws IOException {
    IdPages.Page ids = IdPages.next(reader, (leaf, doc) -> true, after, size);
    Filter filter = new Filter(query);
    Map<LeafReaderContext, Leaf> read = new HashMap<>();
    List<DocumentInfo> documents = new ArrayList<>();
    for (IdPages.Article article : ids.articles()) {
      Leaf leaf = read.get(article.leaf());
      if (leaf == null) {
        leaf = new Leaf(article.leaf());
        read.put(article.leaf(), leaf);
      }
      DocumentInfo document = leaf.describe(article.doc(), filter);
      if (document != null) {
        documents.add(document);
      }
    }
    return new DocumentPage(List.copyOf(documents), ids.last(), ids.done());
  }

  /** What the question keeps, as sets to look names up in. */
  private static final class Filter {
    final DocumentsQuery query;
    final Set<String> keys;
    final Set<String> languages;

    Filter(DocumentsQuery query) {
      this.query = query;
      this.keys = Set.copyOf(query.sources().keys());
      this.languages = Set.copyOf(query.languages().codes());
    }
  }

  /** One segment's articles, read as the listing shows them. */
  private final class Leaf {
    private final LeafReaderContext context;
    private final StoredFields fields;
    private final DuplicatePlaces places;

    Leaf(LeafReaderContext context) throws IOException {
      this.context = context;
      this.fields = context.reader().storedFields();
      this.places = new DuplicatePlaces(context.reader());
    }

    /** The article as a row of the listing, or null when the question leaves it out. */
    DocumentInfo describe(int doc, Filter filter) throws IOException {
      DocumentsQuery query = filter.query;
      DuplicatePlaces.Place place = places.of(doc);
      if (query.duplicatesOnly() && !place.inGroup()) {
        return null;
      }
      StoredArticle article = StoredArticle.read(fields, doc);
      if ((query.undatedOnly() && article.date() != null)
          || !(query.sources().all() || fromOneOf(article, filter.keys))
          || !(filter.languages.isEmpty() || inOneOf(article, filter.languages))) {
        return null;
      }
      return new DocumentInfo(
          article.id(),
          paths.pathOf(context.docBase + doc, article.file()),
          article.title(),
          article.date(),
          article.dateSource(),
          article.source(),
          article.sourceOrigin(),
          article.language(),
          article.languageOrigin(),
          article.tokens(),
          place.isCopy() ? place.canonical() : null,
          place.inGroup() ? place.similarity() : null);
    }
  }

  /** An article of unknown language is in none (and an immutable set refuses a null lookup). */
  private static boolean inOneOf(StoredArticle article, Set<String> languages) {
    return article.language() != null && languages.contains(article.language());
  }

  private static boolean fromOneOf(StoredArticle article, Set<String> keys) {
    return article.source() != null && keys.contains(Sources.key(article.source()));
  }
}

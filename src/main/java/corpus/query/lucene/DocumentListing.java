package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.DocumentInfo;
import corpus.query.DocumentList;
import corpus.query.DocumentsQuery;
import corpus.query.Sources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
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
    record Candidate(String id, int leaf, int doc) {}
    // The size smallest ids after the previous page's, the largest on top to be dropped first.
    PriorityQueue<Candidate> smallest =
        new PriorityQueue<>(Comparator.comparing(Candidate::id).reversed());
    long following = 0;
    List<LeafReaderContext> leaves = reader.leaves();
    for (int l = 0; l < leaves.size(); l++) {
      LeafReader leaf = leaves.get(l).reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, Schema.ID);
      for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        if (after == null || id.compareTo(after) > 0) {
          following++;
          smallest.add(new Candidate(id, l, doc));
          if (smallest.size() > size) {
            smallest.poll();
          }
        }
      }
    }
    List<Candidate> chosen = new ArrayList<>(smallest);
    chosen.sort(Comparator.comparing(Candidate::id));
    Filter filter = new Filter(query);
    Leaf[] read = new Leaf[leaves.size()];
    List<DocumentInfo> documents = new ArrayList<>();
    for (Candidate candidate : chosen) {
      if (read[candidate.leaf()] == null) {
        read[candidate.leaf()] = new Leaf(leaves.get(candidate.leaf()));
      }
      DocumentInfo document = read[candidate.leaf()].describe(candidate.doc(), filter);
      if (document != null) {
        documents.add(document);
      }
    }
    String last = chosen.isEmpty() ? after : chosen.get(chosen.size() - 1).id();
    return new DocumentPage(List.copyOf(documents), last, following <= size);
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

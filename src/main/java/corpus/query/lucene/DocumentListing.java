package corpus.query.lucene;

import corpus.query.DocumentInfo;
import corpus.query.DocumentList;
import corpus.query.DocumentsQuery;
import corpus.query.Sources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    Set<String> keys = Set.copyOf(query.sources().keys());
    Set<String> languages = Set.copyOf(query.languages().codes());
    List<DocumentInfo> documents = new ArrayList<>();
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      StoredFields fields = context.reader().storedFields();
      DuplicatePlaces places = new DuplicatePlaces(context.reader());
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        DuplicatePlaces.Place place = places.of(doc);
        if (query.duplicatesOnly() && !place.inGroup()) {
          continue;
        }
        StoredArticle article = StoredArticle.read(fields, doc);
        if ((query.undatedOnly() && article.date() != null)
            || !(query.sources().all() || fromOneOf(article, keys))
            || !(languages.isEmpty() || inOneOf(article, languages))) {
          continue;
        }
        documents.add(
            new DocumentInfo(
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
                place.inGroup() ? place.similarity() : null));
      }
    }
    documents.sort(Comparator.comparing(DocumentInfo::id));
    return new DocumentList(List.copyOf(documents));
  }

  /** An article of unknown language is in none (and an immutable set refuses a null lookup). */
  private static boolean inOneOf(StoredArticle article, Set<String> languages) {
    return article.language() != null && languages.contains(article.language());
  }

  private static boolean fromOneOf(StoredArticle article, Set<String> keys) {
    return article.source() != null && keys.contains(Sources.key(article.source()));
  }
}

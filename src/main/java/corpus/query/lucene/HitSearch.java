package corpus.query.lucene;

import corpus.index.Schema;
import corpus.index.TextAnalysis;
import corpus.query.SearchHit;
import corpus.query.SearchQuery;
import corpus.query.SearchResult;
import corpus.query.SearchSort;
import corpus.query.Snippet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/** Ranked article hits with a snippet each. */
final class HitSearch {
  private final IndexSearcher searcher;
  private final ArticlePaths paths;
  private final QueryParsing parsing;

  HitSearch(IndexSearcher searcher, ArticlePaths paths, QueryParsing parsing) {
    this.searcher = searcher;
    this.paths = paths;
    this.parsing = parsing;
  }

  SearchResult run(SearchQuery request) throws IOException {
    Query query = parsing.parse(request.query());
    Query filtered = filtered(query, request);
    int total = searcher.count(filtered);
    int wanted = request.limit() == 0 ? total : Math.min(request.limit(), total);
    if (wanted == 0) {
      return new SearchResult(total, List.of());
    }
    TopFieldDocs top = searcher.search(filtered, wanted, sortFor(request.sort()), true);
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    Snippet[] snippets =
        new SnippetHighlighter(searcher, parsing.analyzers().query(TextAnalysis.STANDARD))
            .snippets(query, docs);
    List<SearchHit> hits = new ArrayList<>(docs.length);
    var stored = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc hit = top.scoreDocs[i];
      StoredArticle article = StoredArticle.read(stored, hit.doc);
      hits.add(
          new SearchHit(
              article.id(),
              paths.pathOf(hit.doc, article.file()),
              article.title(),
              article.date(),
              article.source(),
              hit.score,
              snippets[i]));
    }
    return new SearchResult(total, List.copyOf(hits));
  }

  /** The query the hits match: the user's, within the request's dates, sources and languages. */
  static Query filtered(Query query, SearchQuery request) {
    return QueryParsing.within(query, request.range(), request.sources(), request.languages());
  }

  /**
   * The hits of several shards as one index would rank them: in {@link #sortFor}'s order (ids
   * compared as the index compares them, by their UTF-8 bytes), cut to the limit.
   */
  static SearchResult merge(List<SearchResult> parts, SearchQuery request) {
    long total = 0;
    List<SearchHit> hits = new ArrayList<>();
    for (SearchResult part : parts) {
      total += part.totalHits();
      hits.addAll(part.hits());
    }
    Comparator<SearchHit> byId =
        Comparator.comparing((SearchHit hit) -> new BytesRef(hit.id()))
            .thenComparing(SearchHit::path);
    Comparator<SearchHit> byDate =
        Comparator.comparing(SearchHit::date, Comparator.nullsLast(Comparator.naturalOrder()));
    Comparator<SearchHit> order =
        switch (request.sort()) {
          case RELEVANCE ->
              Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(byId);
          case DATE -> byDate.thenComparing(byId);
          case DATE_DESCENDING ->
              Comparator.comparing(
                      SearchHit::date,
                      Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
                  .thenComparing(byId);
        };
    hits.sort(order);
    if (request.limit() > 0 && hits.size() > request.limit()) {
      hits = hits.subList(0, request.limit());
    }
    return new SearchResult(total, List.copyOf(hits));
  }

  /** Every order ends with the id, so hits with equal keys always come out the same way. */
  static Sort sortFor(SearchSort sort) {
    SortField byId = new SortField(Schema.ID, SortField.Type.STRING);
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case DATE -> new Sort(byDate(false), byId);
      case DATE_DESCENDING -> new Sort(byDate(true), byId);
    };
  }

  /** Undated articles last in either direction. */
  static SortField byDate(boolean newestFirst) {
    SortField date = new SortField(Schema.DATE, SortField.Type.INT, newestFirst);
    date.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    return date;
  }
}

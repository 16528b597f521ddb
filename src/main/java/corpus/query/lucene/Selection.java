package corpus.query.lucene;

import corpus.index.MatchingDocs;
import corpus.query.CompareQuery;
import corpus.query.DateRange;
import corpus.query.Languages;
import corpus.query.Sources;
import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The live articles a question is asked of: those dated in a range, from the sources and in the
 * languages named, and matching a query.
 */
final class Selection {
  private Selection() {}

  /** The articles of one set of a question (its range, sources, languages and query). */
  static FixedBitSet of(IndexSearcher searcher, QueryParsing parsing, CompareQuery.Subset set)
      throws IOException {
    return of(searcher, parsing, set.range(), set.sources(), set.languages(), set.query());
  }

  /**
   * @param query classic syntax, or null for every article
   * @return a bit per article of the whole index (global doc ids)
   */
  static FixedBitSet of(
      IndexSearcher searcher,
      QueryParsing parsing,
      DateRange range,
      Sources sources,
      Languages languages,
      String query)
      throws IOException {
    Query selection =
        QueryParsing.within(
            query == null ? new MatchAllDocsQuery() : parsing.parse(query),
            range,
            sources,
            languages);
    FixedBitSet selected = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
    MatchingDocs.forEach(
        searcher, selection, (weight, segment, doc) -> selected.set(segment.docBase + doc));
    return selected;
  }
}

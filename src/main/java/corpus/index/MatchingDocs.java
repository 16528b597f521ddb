package corpus.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** Visits every live article matching a query, segment by segment, without scoring. */
public final class MatchingDocs {
  private MatchingDocs() {}

  /** Told of each match: its segment, and its document number within that segment. */
  public interface Visitor {
    void visit(Weight weight, LeafReaderContext segment, int doc) throws IOException;
  }

  public static void forEach(IndexSearcher searcher, Query query, Visitor visitor)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(segment);
      if (scorer == null) {
        continue;
      }
      Bits live = segment.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(weight, segment, doc);
        }
      }
    }
  }
}

package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.CompareQuery;
import corpus.query.CompareResult;
import corpus.query.CompareRow;
import corpus.stats.Keyness;
import corpus.stats.Rates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which words differ most between two sets of articles: one walk of every word's postings counts it
 * in both sets at once (an article may be in both), then G² ranks them.
 */
final class TermComparison {
  private final IndexSearcher searcher;
  private final IndexReader reader;

  TermComparison(IndexSearcher searcher) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
  }

  /** Articles and tokens of one set. */
  private record Totals(long documents, long tokens) {}

  CompareResult run(CompareQuery request) throws IOException {
    FixedBitSet a = Selection.of(searcher, request.a().range(), request.a().query());
    FixedBitSet b = Selection.of(searcher, request.b().range(), request.b().query());
    Totals aTotals = totals(a);
    Totals bTotals = totals(b);
    Comparator<CompareRow> weakestFirst =
        Comparator.comparingDouble(CompareRow::logLikelihood)
            .thenComparing(CompareRow::term, Comparator.reverseOrder());
    PriorityQueue<CompareRow> kept = new PriorityQueue<>(weakestFirst);
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    boolean bothHaveText = aTotals.tokens() > 0 && bTotals.tokens() > 0;
    if (terms != null && bothHaveText) {
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        if (termsEnum.totalTermFreq() < request.minCount()
            || (!request.keepStopwords() && StopWords.contains(term))) {
          continue;
        }
        long aCount = 0;
        long bCount = 0;
        postings = termsEnum.postings(postings, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (a.get(doc)) {
            aCount += postings.freq();
          }
          if (b.get(doc)) {
            bCount += postings.freq();
          }
        }
        if (aCount + bCount < request.minCount()) {
          continue;
        }
        // B first: a positive log ratio is a word that rose from A to B.
        CompareRow row =
            new CompareRow(
                term.utf8ToString(),
                aCount,
                bCount,
                Rates.perMillion(aCount, aTotals.tokens()),
                Rates.perMillion(bCount, bTotals.tokens()),
                Keyness.logLikelihood(bCount, aCount, bTotals.tokens(), aTotals.tokens()),
                Keyness.logRatio(bCount, aCount, bTotals.tokens(), aTotals.tokens()));
        if (kept.size() < request.top()) {
          kept.add(row);
        } else if (weakestFirst.compare(row, kept.peek()) > 0) {
          kept.poll();
          kept.add(row);
        }
      }
    }
    List<CompareRow> rows = new ArrayList<>(kept);
    rows.sort(weakestFirst.reversed());
    return new CompareResult(
        aTotals.documents(), aTotals.tokens(), bTotals.documents(), bTotals.tokens(), rows);
  }

  private Totals totals(FixedBitSet selected) throws IOException {
    long documents = 0;
    long tokens = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues counts = DocValues.getNumeric(leaf.reader(), Schema.TOKENS);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (selected.get(leaf.docBase + doc)) {
          documents++;
          if (counts.advanceExact(doc)) {
            tokens += counts.longValue();
          }
        }
      }
    }
    return new Totals(documents, tokens);
  }
}

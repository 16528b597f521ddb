package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.CompareQuery;
import corpus.query.CompareResult;
import corpus.query.CompareRow;
import corpus.query.DispersionParts;
import corpus.query.WordForm;
import corpus.stats.Keyness;
import corpus.stats.Rates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
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
  private final QueryParsing parsing;

  TermComparison(IndexSearcher searcher, QueryParsing parsing) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    this.parsing = parsing;
  }

  CompareResult run(CompareQuery request) throws IOException {
    FixedBitSet a = select(request.a());
    FixedBitSet b = select(request.b());
    Buckets aTotals = Buckets.whole(reader, a);
    Buckets bTotals = Buckets.whole(reader, b);
    long aTokens = aTotals.tokens[0];
    long bTokens = bTotals.tokens[0];
    FixedBitSet either = a.clone();
    either.or(b);
    TermFilter filter =
        new TermFilter(
            request.minCount(), request.keepStopwords(), StopWords.forSelection(reader, either));
    TopK<CompareRow> kept = new TopK<>(request.rows(), STRONGEST_FIRST);
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    boolean bothHaveText = aTokens > 0 && bTokens > 0;
    if (terms != null && bothHaveText) {
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        if (!filter.admits(term, termsEnum.totalTermFreq())) {
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
        if (aCount + bCount < filter.minCount()) {
          continue;
        }
        // B first: a positive log ratio is a word that rose from A to B.
        CompareRow row =
            new CompareRow(
                term.utf8ToString(),
                aCount,
                bCount,
                Rates.perMillion(aCount, aTokens),
                Rates.perMillion(bCount, bTokens),
                Keyness.logLikelihood(bCount, aCount, bTokens, aTokens),
                Keyness.logRatio(bCount, aCount, bTokens, aTokens));
        kept.offer(row);
      }
    }
    WordForms wordForms = new WordForms(reader);
    DispersionCount inA = new DispersionCount(reader, a, aTotals, DispersionParts.ARTICLE);
    DispersionCount inB = new DispersionCount(reader, b, bTotals, DispersionParts.ARTICLE);
    List<CompareRow> rows = new ArrayList<>();
    for (CompareRow row : kept.sorted()) {
      List<WordForm> forms =
          wordForms.of(row.term(), row.aCount() + row.bCount(), doc -> a.get(doc) || b.get(doc));
      rows.add(
          row.shownAs(
              forms.isEmpty() ? row.term() : forms.get(0).form(),
              forms,
              inA.of(row.term(), 0),
              inB.of(row.term(), 0)));
    }
    return new CompareResult(
        aTotals.documents[0], aTokens, bTotals.documents[0], bTokens, List.copyOf(rows));
  }

  private FixedBitSet select(CompareQuery.Subset subset) throws IOException {
    return Selection.of(
        searcher, parsing, subset.range(), subset.sources(), subset.languages(), subset.query());
  }

  /** By G², then by word, so equal scores always come out in the same order. */
  private static final Comparator<CompareRow> STRONGEST_FIRST =
      Comparator.comparingDouble(CompareRow::logLikelihood)
          .reversed()
          .thenComparing(CompareRow::term);
}

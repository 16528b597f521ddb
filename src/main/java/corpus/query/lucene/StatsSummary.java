package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.CorpusStats;
import corpus.query.Granularity;
import java.io.IOException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/** Corpus totals from doc values and the term dictionary; stored text is never read. */
final class StatsSummary {
  private final IndexReader reader;

  StatsSummary(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * @param live every live article, as a {@link Selection} of everything
   */
  CorpusStats compute(FixedBitSet live) throws IOException {
    Buckets years = Buckets.occupiedPeriods(reader, live, Granularity.YEAR);
    SortedMap<Integer, Long> perYear = new TreeMap<>();
    long dated = 0;
    long tokens = years.undatedTokens();
    for (int y = 0; y < years.labels.size(); y++) {
      perYear.put(years.starts.get(y).getYear(), years.documents[y]);
      dated += years.documents[y];
      tokens += years.tokens[y];
    }
    return new CorpusStats(
        dated + years.undatedDocuments,
        dated,
        years.undatedDocuments,
        years.firstDay,
        years.lastDay,
        tokens,
        distinctTerms(),
        Collections.unmodifiableSortedMap(perYear));
  }

  /** Terms that occur in at least one live article; a deleted article's words do not count. */
  private long distinctTerms() throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return 0;
    }
    Bits live = MultiBits.getLiveDocs(reader);
    long distinct = 0;
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    while (termsEnum.next() != null) {
      if (live == null) {
        distinct++;
        continue;
      }
      postings = termsEnum.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live.get(doc)) {
          distinct++;
          break;
        }
      }
    }
    return distinct;
  }
}

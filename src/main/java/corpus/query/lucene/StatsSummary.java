package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.CorpusStats;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** Corpus totals from doc values and the term dictionary; stored text is never read. */
final class StatsSummary {
  private final IndexReader reader;

  StatsSummary(IndexReader reader) {
    this.reader = reader;
  }

  CorpusStats compute() throws IOException {
    long documents = 0;
    long dated = 0;
    long tokens = 0;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    SortedMap<Integer, Long> perYear = new TreeMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      NumericDocValues dates = DocValues.getNumeric(context.reader(), Schema.DATE);
      NumericDocValues tokenCounts = DocValues.getNumeric(context.reader(), Schema.TOKENS);
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        documents++;
        if (tokenCounts.advanceExact(doc)) {
          tokens += tokenCounts.longValue();
        }
        if (dates.advanceExact(doc)) {
          long day = dates.longValue();
          dated++;
          first = Math.min(first, day);
          last = Math.max(last, day);
          perYear.merge(LocalDate.ofEpochDay(day).getYear(), 1L, Long::sum);
        }
      }
    }
    return new CorpusStats(
        documents,
        dated,
        documents - dated,
        dated == 0 ? null : LocalDate.ofEpochDay(first),
        dated == 0 ? null : LocalDate.ofEpochDay(last),
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

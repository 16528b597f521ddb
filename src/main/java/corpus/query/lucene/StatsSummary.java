package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.CorpusStats;
import corpus.query.Granularity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/** Corpus totals from doc values and the term dictionary; stored text is never read. */
final class StatsSummary {
  private final IndexReader reader;

  StatsSummary(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * @param selected the articles counted, as a {@link Selection}
   * @param everyArticle the selection is every live article, so the term dictionary alone can count
   *     distinct terms when nothing is deleted
   */
  CorpusStats compute(FixedBitSet selected, boolean everyArticle) throws IOException {
    Buckets years = Buckets.occupiedPeriods(reader, selected, Granularity.YEAR);
    Buckets sources = Buckets.bySource(reader, selected);
    Buckets languages = Buckets.byLanguage(reader, selected);
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
        distinctTerms(selected, everyArticle),
        Collections.unmodifiableSortedMap(perYear),
        counts(sources, CorpusStats.SourceCount::new),
        sources.undatedDocuments, // for buckets per source: the articles with no source
        counts(languages, CorpusStats.LanguageCount::new),
        languages.undatedDocuments);
  }

  /** A row per bucket, which {@link Buckets#bySource} and the like already sort. */
  private interface Row<T> {
    T of(String label, long documents, long tokens);
  }

  private static <T> List<T> counts(Buckets buckets, Row<T> row) {
    List<T> counts = new ArrayList<>();
    for (int b = 0; b < buckets.labels.size(); b++) {
      counts.add(row.of(buckets.labels.get(b), buckets.documents[b], buckets.tokens[b]));
    }
    return List.copyOf(counts);
  }

  /** Terms that occur in at least one selected article; a deleted article's words do not count. */
  private long distinctTerms(FixedBitSet selected, boolean everyArticle) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return 0;
    }
    boolean dictionaryIsExact = everyArticle && MultiBits.getLiveDocs(reader) == null;
    long distinct = 0;
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
      if (Schema.isExactForm(term)) {
        continue; // the form beside a stem: the stem is the word
      }
      if (dictionaryIsExact) {
        distinct++;
        continue;
      }
      postings = termsEnum.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (selected.get(doc)) {
          distinct++;
          break;
        }
      }
    }
    return distinct;
  }
}

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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which words differ most between two sets of articles: one walk of every word's postings counts it
 * in both sets at once (an article may be in both), then G² ranks them. Word sequences are counted
 * as {@code freq --ngram} counts them, from the stored text, in two tables (A and B) of one {@link
 * SequenceCount}, whose merge brings each sequence's two counts together.
 */
final class TermComparison {
  /** The tables of the sequence count: set A's and set B's. */
  private static final int A = 0;

  private static final int B = 1;

  private final IndexSearcher searcher;
  private final IndexReader reader;
  private final QueryParsing parsing;
  private final IntFunction<SequenceCount> sequenceCounts;

  /** Word sequences are counted in a quarter of the heap, spilling to the temporary folder. */
  TermComparison(IndexSearcher searcher, QueryParsing parsing) {
    this(searcher, parsing, SequenceCount::withDefaults);
  }

  /**
   * @param sequenceCounts the counter of word sequences for a number of tables (its memory budget
   *     and spill folder)
   */
  TermComparison(
      IndexSearcher searcher, QueryParsing parsing, IntFunction<SequenceCount> sequenceCounts) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    this.parsing = parsing;
    this.sequenceCounts = sequenceCounts;
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
    boolean bothHaveText = aTokens > 0 && bTokens > 0;
    if (request.ngram() > 1) {
      if (bothHaveText) {
        compareSequences(request.ngram(), filter, a, b, aTokens, bTokens, kept);
      }
      // Sequences have no forms and no dispersion, as in freq --ngram.
      return new CompareResult(
          aTotals.documents[0], aTokens, bTotals.documents[0], bTokens, kept.sorted());
    }
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    // An article in both sets counts its words in both: a + b may then reach twice the corpus's
    // count, the bound a word's statistics give.
    long bound = FixedBitSet.intersectionCount(a, b) > 0 ? 2 : 1;
    if (terms != null && bothHaveText) {
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        if (!filter.admits(term, bound * termsEnum.totalTermFreq())) {
          continue;
        }
        postings = termsEnum.postings(postings, PostingsEnum.FREQS);
        long[] counts = countIn(postings, a, b);
        if (counts[A] + counts[B] < filter.minCount()) {
          continue;
        }
        kept.offer(row(term.utf8ToString(), counts[A], counts[B], aTokens, bTokens));
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

  /**
   * Counts the word sequences of the articles in A or B, each in the tables of the sets its article
   * is in, and offers every sequence counted at least {@code minCount} times in both together.
   */
  private void compareSequences(
      int n,
      TermFilter filter,
      FixedBitSet a,
      FixedBitSet b,
      long aTokens,
      long bTokens,
      TopK<CompareRow> kept)
      throws IOException {
    countSequences(
        n,
        filter,
        a,
        b,
        (sequence, aCount, bCount) -> {
          if (aCount + bCount >= filter.minCount()) {
            kept.offer(row(sequence, aCount, bCount, aTokens, bTokens));
          }
        });
  }

  /** A word sequence with its counts in both sets. */
  interface SequenceCounts {
    void accept(String sequence, long aCount, long bCount) throws IOException;
  }

  /**
   * Counts the word sequences of the articles in A or B that the filter admits, each in the sets
   * its article is in, and hands every sequence to the sink once, with both counts.
   */
  void countSequences(int n, TermFilter filter, FixedBitSet a, FixedBitSet b, SequenceCounts sink)
      throws IOException {
    try (SequenceCount counts = sequenceCounts.apply(2)) {
      forEachSequence(
          n,
          filter,
          a,
          b,
          (sequence, firstInArticle, inA, inB) -> {
            if (inA) {
              counts.add(A, sequence, firstInArticle);
            }
            if (inB) {
              counts.add(B, sequence, firstInArticle);
            }
          });
      counts.forEachSequence(
          (sequence, count, documents) -> sink.accept(sequence, count[A], count[B]));
    }
  }

  /**
   * The counts in both sets of the given word sequences, from the stored text of the articles in A
   * or B; a sequence found in neither is left out.
   */
  Map<String, long[]> countSequences(int n, FixedBitSet a, FixedBitSet b, Collection<String> asked)
      throws IOException {
    Map<String, long[]> counts = new HashMap<>();
    asked.forEach(sequence -> counts.put(sequence, new long[2]));
    // Every sequence asked for was admitted by the question's filter already.
    forEachSequence(
        n,
        new TermFilter(1, true),
        a,
        b,
        (sequence, firstInArticle, inA, inB) -> {
          long[] found = counts.get(sequence);
          if (found != null) {
            found[A] += inA ? 1 : 0;
            found[B] += inB ? 1 : 0;
          }
        });
    counts.values().removeIf(found -> found[A] + found[B] == 0);
    return counts;
  }

  /** One occurrence of a word sequence in an article of A, B or both. */
  private interface SequenceInSets {
    void accept(String sequence, boolean firstInArticle, boolean inA, boolean inB)
        throws IOException;
  }

  /** Every word sequence of the articles in A or B that the filter admits, article by article. */
  private void forEachSequence(
      int n, TermFilter filter, FixedBitSet a, FixedBitSet b, SequenceInSets sink)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      boolean inA = a.get(doc);
      boolean inB = b.get(doc);
      if (inA || inB) {
        FrequencyCount.sequencesOf(
            stored,
            parsing,
            doc,
            n,
            filter,
            (sequence, firstInArticle) -> sink.accept(sequence, firstInArticle, inA, inB));
      }
    }
  }

  /**
   * A word's counts in A and in B from its postings: an article in both sets counts in both.
   *
   * @return {count in A, count in B}
   */
  static long[] countIn(PostingsEnum postings, FixedBitSet a, FixedBitSet b) throws IOException {
    long aCount = 0;
    long bCount = 0;
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
    return new long[] {aCount, bCount};
  }

  /** A row before its forms and dispersion: counts, rates and the two statistics. */
  static CompareRow row(String term, long aCount, long bCount, long aTokens, long bTokens) {
    // B first: a positive log ratio is a word that rose from A to B.
    return new CompareRow(
        term,
        aCount,
        bCount,
        Rates.perMillion(aCount, aTokens),
        Rates.perMillion(bCount, bTokens),
        Keyness.logLikelihood(bCount, aCount, bTokens, aTokens),
        Keyness.logRatio(bCount, aCount, bTokens, aTokens));
  }

  FixedBitSet select(CompareQuery.Subset subset) throws IOException {
    return Selection.of(searcher, parsing, subset);
  }

  /** By G², then by word, so equal scores always come out in the same order. */
  static final Comparator<CompareRow> STRONGEST_FIRST =
      Comparator.comparingDouble(CompareRow::logLikelihood)
          .reversed()
          .thenComparing(CompareRow::term);
}

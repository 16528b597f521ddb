package corpus.query.lucene;

import corpus.index.Parallel;
import corpus.index.Schema;
import corpus.index.TextAnalysis;
import corpus.query.DispersionParts;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.Granularity;
import corpus.query.WordDispersion;
import corpus.query.WordForm;
import corpus.stats.Rates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiPostingsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Term-frequency tables. Word counts come from the index's term statistics when the whole corpus is
 * asked for (as upper bounds, checked against the postings of the few terms that matter, when an
 * update run left deleted articles behind), and from walking each term's postings over the selected
 * articles otherwise; word sequences (n-grams) are counted by re-analysing the stored text of the
 * selected articles.
 */
final class FrequencyCount {
  /** Threads for a postings walk; more than the cores only adds contention. */
  private static final int MAX_THREADS = 8;

  private final IndexSearcher searcher;
  private final IndexReader reader;
  private final QueryParsing parsing;
  private final IntFunction<SequenceCount> sequenceCounts;

  /** Word sequences are counted in a quarter of the heap, spilling to the temporary folder. */
  FrequencyCount(IndexSearcher searcher, QueryParsing parsing) {
    this(searcher, parsing, SequenceCount::withDefaults);
  }

  /**
   * @param sequenceCounts the counter of word sequences for a number of tables (its memory budget
   *     and spill folder)
   */
  FrequencyCount(
      IndexSearcher searcher, QueryParsing parsing, IntFunction<SequenceCount> sequenceCounts) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    this.parsing = parsing;
    this.sequenceCounts = sequenceCounts;
  }

  FrequencyResult run(FrequencyQuery request) throws IOException {
    FixedBitSet matching = selection(request);
    Buckets tables = tables(request, matching);
    TermFilter filter =
        new TermFilter(
            request.minCount(), request.keepStopwords(), StopWords.forSelection(reader, matching));
    List<Ranking> rankings = count(request, tables, filter, request.rows());
    List<FrequencyTable> result = new ArrayList<>();
    WordForms wordForms = new WordForms(reader);
    // Word sequences have no dispersion, and none is measured when no parts are asked for.
    DispersionCount dispersion =
        request.ngram() == 1 && request.parts() != DispersionParts.NONE
            ? new DispersionCount(reader, matching, tables, request.parts())
            : null;
    for (int t = 0; t < tables.labels.size(); t++) {
      long tokens = tables.tokens[t];
      int table = t;
      List<FrequencyRow> rows = new ArrayList<>();
      List<TermCount> entries = rankings.get(t).sorted();
      // Each row's dispersion walks its postings once more: the rows on every core.
      WordDispersion[] dispersions = new WordDispersion[entries.size()];
      if (dispersion != null) {
        Parallel.run(
            entries.size(), i -> dispersions[i] = dispersion.of(entries.get(i).term(), table));
      }
      for (int r = 0; r < entries.size(); r++) {
        TermCount entry = entries.get(r);
        List<WordForm> forms =
            request.ngram() == 1
                ? wordForms.of(entry.term(), entry.count(), doc -> tables.bucketOf[doc] == table)
                : List.of();
        rows.add(row(entry, tokens, forms, dispersions[r]));
      }
      result.add(table(request, tables.labels.get(t), tables.documents[t], tokens, rows));
    }
    return result(request, result, tables.undatedDocuments);
  }

  /** A table's row from its count, shown as its most frequent form when it has forms. */
  static FrequencyRow row(
      TermCount entry, long tableTokens, List<WordForm> forms, WordDispersion dispersion) {
    return new FrequencyRow(
        forms.isEmpty() ? entry.term() : forms.get(0).form(),
        entry.count(),
        entry.documents(),
        Rates.perMillion(entry.count(), tableTokens),
        forms,
        dispersion);
  }

  /** A table labelled as the question's tables are: by period, or by source. */
  static FrequencyTable table(
      FrequencyQuery request, String label, long documents, long tokens, List<FrequencyRow> rows) {
    return new FrequencyTable(
        request.bySource() ? null : label,
        request.bySource() ? label : null,
        documents,
        tokens,
        List.copyOf(rows));
  }

  /**
   * @param outside the selected articles in no table: undated ones, or those without a source
   */
  static FrequencyResult result(FrequencyQuery request, List<FrequencyTable> tables, long outside) {
    return request.bySource()
        ? new FrequencyResult(List.copyOf(tables), 0, outside)
        : new FrequencyResult(List.copyOf(tables), outside, 0);
  }

  FixedBitSet selection(FrequencyQuery request) throws IOException {
    return Selection.of(searcher, parsing, request.selection());
  }

  /** The question's tables: the whole selection, its occupied periods, or its sources. */
  Buckets tables(FrequencyQuery request, FixedBitSet matching) throws IOException {
    return request.bySource()
        ? Buckets.bySource(reader, matching)
        : Buckets.tables(reader, matching, request.by());
  }

  /**
   * Each table's best rows that the filter admits, words or word sequences as the question asks.
   *
   * @param rows rows kept per table
   */
  List<Ranking> count(FrequencyQuery request, Buckets tables, TermFilter filter, int rows)
      throws IOException {
    List<Ranking> rankings = rankings(tables, rows);
    if (request.ngram() == 1) {
      boolean everything =
          request.query() == null
              && request.range().unbounded()
              && request.sources().all()
              && request.languages().all()
              && request.by() == Granularity.NONE
              && !request.bySource();
      countWords(rows, filter, tables, everything, rankings);
    } else {
      countSequences(request.ngram(), filter, tables, rankings);
    }
    return rankings;
  }

  private static List<Ranking> rankings(Buckets tables, int top) {
    List<Ranking> rankings = new ArrayList<>();
    for (int t = 0; t < tables.labels.size(); t++) {
      rankings.add(new Ranking(top));
    }
    return rankings;
  }

  /**
   * @param everything the whole corpus in one table: the term dictionary's statistics answer it
   */
  private void countWords(
      int top, TermFilter filter, Buckets tables, boolean everything, List<Ranking> rankings)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return;
    }
    if (!everything) {
      walkPostings(top, filter, tables, terms, rankings);
    } else if (reader.hasDeletions()) {
      countTopBounds(top, filter, terms, rankings.get(0));
    } else {
      // No filter, no deletions: the term dictionary's statistics are the exact answer.
      TermsEnum termsEnum = terms.iterator();
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        if (filter.admits(term, termsEnum.totalTermFreq())) {
          rankings
              .get(0)
              .offerNext(termsEnum.totalTermFreq(), termsEnum.docFreq(), term, filter.minCount());
        }
      }
    }
  }

  /**
   * Counts each term over the selected articles from its postings, table by table. The dictionary
   * is cut into one range of terms per core, each counted by its own thread into its own tables,
   * merged at the end: a term is in exactly one range, so the merged top rows are exact.
   */
  private void walkPostings(
      int top, TermFilter filter, Buckets tables, Terms terms, List<Ranking> rankings)
      throws IOException {
    List<BytesRef> cuts =
        TermRanges.cuts(
            reader, Schema.BODY, Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS));
    List<List<Ranking>> partial;
    try {
      partial =
          IntStream.rangeClosed(0, cuts.size())
              .parallel()
              .mapToObj(
                  part ->
                      walkPostings(
                          top,
                          filter,
                          tables,
                          terms,
                          part == 0 ? null : cuts.get(part - 1),
                          part == cuts.size() ? null : cuts.get(part)))
              .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (List<Ranking> tablesOfPart : partial) {
      for (int table = 0; table < rankings.size(); table++) {
        rankings.get(table).addAll(tablesOfPart.get(table));
      }
    }
  }

  /**
   * One range of {@link #walkPostings}: the terms from {@code from} (inclusive, null for the first)
   * to {@code to} (exclusive, null for the last). A term's statistics bound its count in any table,
   * so once every table is full, a term whose whole-corpus count is below every table's weakest row
   * is passed over unread.
   */
  private List<Ranking> walkPostings(
      int top, TermFilter filter, Buckets buckets, Terms terms, BytesRef from, BytesRef to) {
    int[] tableOf = buckets.bucketOf; // negative for articles in no table, deleted ones included
    int tables = buckets.labels.size();
    List<Ranking> rankings = rankings(buckets, top);
    long[] counts = new long[tables];
    long[] documents = new long[tables];
    int[] touched = new int[tables];
    long bar = filter.minCount();
    int keptSinceBar = 0;
    try {
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum postings = null;
      BytesRef term =
          from == null
              ? termsEnum.next()
              : termsEnum.seekCeil(from) == TermsEnum.SeekStatus.END ? null : termsEnum.term();
      for (; term != null && (to == null || term.compareTo(to) < 0); term = termsEnum.next()) {
        if (termsEnum.totalTermFreq() < bar || !filter.admits(term, termsEnum.totalTermFreq())) {
          continue;
        }
        postings = termsEnum.postings(postings, PostingsEnum.FREQS);
        int touchedTables = 0;
        // Each segment's postings on their own: one call per document instead of two.
        for (int sub = 0; sub < subCount(postings); sub++) {
          PostingsEnum segment =
              postings instanceof MultiPostingsEnum multi
                  ? multi.getSubs()[sub].postingsEnum
                  : postings;
          int docBase =
              postings instanceof MultiPostingsEnum multi ? multi.getSubs()[sub].slice.start : 0;
          for (int doc = segment.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = segment.nextDoc()) {
            int table = tableOf[docBase + doc];
            if (table < 0) {
              continue;
            }
            if (documents[table]++ == 0) {
              touched[touchedTables++] = table;
            }
            counts[table] += segment.freq();
          }
        }
        for (int i = 0; i < touchedTables; i++) {
          int table = touched[i];
          if (rankings
              .get(table)
              .offerNext(counts[table], documents[table], term, filter.minCount())) {
            keptSinceBar++;
          }
          counts[table] = 0;
          documents[table] = 0;
        }
        // The bar only rises; refreshing it now and then is enough to pass over most terms.
        if (keptSinceBar > tables) {
          bar = lowestBar(rankings, filter.minCount());
          keptSinceBar = 0;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rankings;
  }

  private static int subCount(PostingsEnum postings) {
    return postings instanceof MultiPostingsEnum multi ? multi.getNumSubs() : 1;
  }

  /** The smallest count that could still enter some table. */
  private static long lowestBar(List<Ranking> rankings, int minCount) {
    long lowest = Long.MAX_VALUE;
    for (Ranking ranking : rankings) {
      lowest = Math.min(lowest, ranking.bar(minCount));
    }
    return lowest;
  }

  /**
   * The whole corpus when an update run has deleted articles: a term's statistics still count its
   * deleted occurrences, so they only bound its count from above. The terms with the highest bounds
   * are counted exactly from their postings until the weakest row kept beats every bound left out;
   * with a few percent of articles replaced that takes a little over {@code --top} terms, instead
   * of the postings of every term.
   */
  private void countTopBounds(int top, TermFilter filter, Terms terms, Ranking ranking)
      throws IOException {
    Bits live = MultiBits.getLiveDocs(reader);
    for (long candidates = 2L * top; ; candidates *= 2) {
      Candidates highest = Candidates.highestBounds(terms, candidates, filter);
      Ranking exact = new Ranking(top);
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term : highest.terms()) {
        termsEnum.seekExact(term);
        postings = termsEnum.postings(postings, PostingsEnum.FREQS);
        long count = 0;
        long documents = 0;
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live.get(doc)) {
            count += postings.freq();
            documents++;
          }
        }
        if (count > 0) {
          exact.offerNext(count, documents, term, filter.minCount());
        }
      }
      if (highest.bestLeftOut() < exact.bar(filter.minCount())) {
        ranking.addAll(exact);
        return;
      }
    }
  }

  /**
   * The terms with the highest count bounds, and the highest bound among those left out (-1 if
   * none).
   */
  private record Candidates(List<BytesRef> terms, long bestLeftOut) {
    record Bound(BytesRef term, long bound) {}

    static Candidates highestBounds(Terms terms, long limit, TermFilter filter) throws IOException {
      TopK<Bound> kept = new TopK<>((int) Math.min(limit, Integer.MAX_VALUE), BOUND_FIRST);
      long bestLeftOut = -1;
      TermsEnum termsEnum = terms.iterator();
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        long bound = termsEnum.totalTermFreq();
        if (!filter.admits(term, bound)) {
          continue;
        }
        if (kept.full()) {
          // Whichever is left out, this term or the weakest kept, may still beat a row.
          bestLeftOut = Math.max(bestLeftOut, Math.min(bound, kept.weakest().bound()));
          if (bound <= kept.weakest().bound()) {
            continue;
          }
        }
        kept.offer(new Bound(BytesRef.deepCopyOf(term), bound));
      }
      List<BytesRef> sorted = new ArrayList<>();
      for (Bound bound : kept.sorted()) {
        sorted.add(bound.term());
      }
      sorted.sort(null); // seekExact moves forward through the dictionary
      return new Candidates(sorted, bestLeftOut);
    }

    private static final Comparator<Bound> BOUND_FIRST =
        Comparator.comparingLong(Bound::bound).reversed();
  }

  /**
   * Counts word sequences by re-analysing the stored text of the selected articles, within the
   * memory budget of a {@link SequenceCount} (spilling sorted runs to disk when the distinct
   * sequences outgrow it), then offers each merged sequence to its table's ranking.
   */
  private void countSequences(int n, TermFilter filter, Buckets tables, List<Ranking> rankings)
      throws IOException {
    try (SequenceCount counts = sequenceCounts.apply(rankings.size())) {
      StoredFields stored = searcher.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        int table = tables.bucketOf[doc];
        if (table < 0) {
          continue;
        }
        sequencesOf(
            stored,
            parsing,
            doc,
            n,
            filter,
            (sequence, firstInArticle) -> counts.add(table, sequence, firstInArticle));
      }
      counts.forEach(
          (table, sequence, count, documents) -> {
            Ranking ranking = rankings.get(table);
            // A count below the bar cannot be kept: no row object for it.
            if (count >= ranking.bar(filter.minCount())) {
              ranking.offer(count, documents, sequence, filter.minCount());
            }
          });
    }
  }

  /** One word sequence of an article, as {@link #sequencesOf} finds them. */
  interface SequenceSink {
    /**
     * @param firstInArticle whether this is the sequence's first occurrence in the article
     */
    void accept(String sequence, boolean firstInArticle) throws IOException;
  }

  /**
   * The word sequences of {@code n} words that {@code freq --ngram} counts in one article, in text
   * order: its stored text analysed as written (lower case, not stemmed), every run of {@code n}
   * words whose first and last words the filter admits, the words joined by one space. {@code
   * compare --ngram} counts the same sequences through this method.
   */
  static void sequencesOf(
      StoredFields stored,
      QueryParsing parsing,
      int doc,
      int n,
      TermFilter filter,
      SequenceSink sink)
      throws IOException {
    Document article = stored.document(doc, Set.of(Schema.BODY, Schema.ANALYSIS));
    String text = article.get(Schema.BODY);
    // Sequences of the words as written: a stem is no word to show in a sequence.
    Analyzer analyzer =
        parsing.analyzers().sequences(TextAnalysis.ofKey(article.get(Schema.ANALYSIS)));
    // An article counts once among a sequence's documents, in whichever run it is first seen.
    Set<String> seenHere = new HashSet<>();
    String[] window = new String[n];
    int seen = 0;
    try (TokenStream tokens = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute termText = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        System.arraycopy(window, 1, window, 0, n - 1);
        window[n - 1] = termText.toString();
        if (++seen < n) {
          continue;
        }
        if (!filter.admitsSequence(window[0], window[n - 1])) {
          continue;
        }
        String sequence = String.join(" ", window);
        sink.accept(sequence, seenHere.add(sequence));
      }
      tokens.end();
    }
  }

  /** The top rows of one table. */
  static final class Ranking {
    private final TopK<TermCount> top;

    Ranking(int size) {
      this.top = new TopK<>(size, TermCount.BEST_FIRST);
    }

    /**
     * Offers the terms of one pass through the dictionary, which come in ascending order: a term
     * that only ties the weakest row sorts after it and loses, so it is turned away before its
     * bytes are decoded.
     *
     * @return whether the row was kept
     */
    boolean offerNext(long count, long documents, BytesRef term, int minCount) {
      if (count < minCount || (top.full() && count <= top.weakest().count())) {
        return false;
      }
      return offer(count, documents, term.utf8ToString(), minCount);
    }

    boolean offer(long count, long documents, String term, int minCount) {
      return count >= minCount && top.offer(new TermCount(term, count, documents));
    }

    /** The smallest count that could still be kept (it ties the weakest row when full). */
    long bar(int minCount) {
      return top.full() ? Math.max(minCount, top.weakest().count()) : minCount;
    }

    void addAll(Ranking other) {
      top.addAll(other.top);
    }

    List<TermCount> sorted() {
      return top.sorted();
    }
  }
}

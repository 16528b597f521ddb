package corpus.query.lucene;

import corpus.index.CorpusAnalyzer;
import corpus.index.Schema;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.Granularity;
import corpus.stats.Rates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiPostingsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
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

  FrequencyCount(IndexSearcher searcher) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
  }

  /** Which articles count, and which table each goes to. */
  private record Assignment(
      FixedBitSet documents,
      int[] tableOf,
      List<String> periods,
      long[] tableDocuments,
      long[] tableTokens,
      long undated,
      boolean everything) {}

  FrequencyResult run(FrequencyQuery request) throws IOException {
    Assignment selection = select(request);
    List<Ranking> rankings = new ArrayList<>();
    for (int t = 0; t < selection.periods().size(); t++) {
      rankings.add(new Ranking(request.top()));
    }
    if (request.ngram() == 1) {
      countWords(request, selection, rankings);
    } else {
      countSequences(request, selection, rankings);
    }
    List<FrequencyTable> tables = new ArrayList<>();
    for (int t = 0; t < selection.periods().size(); t++) {
      long tokens = selection.tableTokens()[t];
      List<FrequencyRow> rows = new ArrayList<>();
      for (Ranking.Entry entry : rankings.get(t).sorted()) {
        rows.add(
            new FrequencyRow(
                entry.term(),
                entry.count(),
                entry.documents(),
                Rates.perMillion(entry.count(), tokens)));
      }
      tables.add(
          new FrequencyTable(
              selection.periods().get(t),
              selection.tableDocuments()[t],
              tokens,
              List.copyOf(rows)));
    }
    return new FrequencyResult(List.copyOf(tables), selection.undated());
  }

  private Assignment select(FrequencyQuery request) throws IOException {
    boolean everything = request.query() == null && request.range().unbounded();
    FixedBitSet matching = Selection.of(searcher, request.range(), request.query());

    Granularity by = request.by();
    int[] tableOf = new int[Math.max(1, reader.maxDoc())];
    Arrays.fill(tableOf, -1);
    String[] periodOfDoc = new String[tableOf.length];
    TreeSet<String> periods = new TreeSet<>();
    // Many articles share a day; naming its period once keeps this loop cheap on large corpora.
    Map<Long, String> periodOfDay = new HashMap<>();
    long undated = 0;
    for (LeafReaderContext context : reader.leaves()) {
      NumericDocValues dates = DocValues.getNumeric(context.reader(), Schema.DATE);
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        int global = context.docBase + doc;
        if (!matching.get(global)) {
          continue;
        }
        if (by == Granularity.NONE) {
          periodOfDoc[global] = "";
        } else if (dates.advanceExact(doc)) {
          periodOfDoc[global] =
              periodOfDay.computeIfAbsent(
                  dates.longValue(), day -> by.periodOf(LocalDate.ofEpochDay(day)));
        } else {
          undated++;
          continue;
        }
        periods.add(periodOfDoc[global]);
      }
    }
    if (by == Granularity.NONE && periods.isEmpty()) {
      periods.add(""); // one table, even when it is empty
    }
    List<String> periodList = new ArrayList<>(periods);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < periodList.size(); i++) {
      index.put(periodList.get(i), i);
    }
    long[] tableDocuments = new long[periodList.size()];
    long[] tableTokens = new long[periodList.size()];
    FixedBitSet selected = new FixedBitSet(tableOf.length);
    for (LeafReaderContext context : reader.leaves()) {
      NumericDocValues tokens = DocValues.getNumeric(context.reader(), Schema.TOKENS);
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        int global = context.docBase + doc;
        if (periodOfDoc[global] == null) {
          continue;
        }
        int table = index.get(periodOfDoc[global]);
        tableOf[global] = table;
        selected.set(global);
        tableDocuments[table]++;
        if (tokens.advanceExact(doc)) {
          tableTokens[table] += tokens.longValue();
        }
      }
    }
    List<String> labels = new ArrayList<>();
    for (String period : periodList) {
      labels.add(by == Granularity.NONE ? null : period);
    }
    return new Assignment(
        selected,
        tableOf,
        labels,
        tableDocuments,
        tableTokens,
        undated,
        everything && by == Granularity.NONE);
  }

  private void countWords(FrequencyQuery request, Assignment selection, List<Ranking> rankings)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return;
    }
    if (!selection.everything()) {
      walkPostings(request, selection, terms, rankings);
    } else if (reader.hasDeletions()) {
      countTopBounds(request, terms, rankings.get(0));
    } else {
      // No filter, no deletions: the term dictionary's statistics are the exact answer.
      TermsEnum termsEnum = terms.iterator();
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        if (request.keepStopwords() || !StopWords.contains(term)) {
          rankings
              .get(0)
              .offerNext(termsEnum.totalTermFreq(), termsEnum.docFreq(), term, request.minCount());
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
      FrequencyQuery request, Assignment selection, Terms terms, List<Ranking> rankings)
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
                          request,
                          selection,
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
      FrequencyQuery request, Assignment selection, Terms terms, BytesRef from, BytesRef to) {
    int[] tableOf = selection.tableOf(); // -1 for articles not selected, deleted ones included
    int tables = selection.periods().size();
    List<Ranking> rankings = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      rankings.add(new Ranking(request.top()));
    }
    long[] counts = new long[tables];
    long[] documents = new long[tables];
    int[] touched = new int[tables];
    long bar = request.minCount();
    int keptSinceBar = 0;
    try {
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum postings = null;
      BytesRef term =
          from == null
              ? termsEnum.next()
              : termsEnum.seekCeil(from) == TermsEnum.SeekStatus.END ? null : termsEnum.term();
      for (; term != null && (to == null || term.compareTo(to) < 0); term = termsEnum.next()) {
        if (termsEnum.totalTermFreq() < bar
            || (!request.keepStopwords() && StopWords.contains(term))) {
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
              .offerNext(counts[table], documents[table], term, request.minCount())) {
            keptSinceBar++;
          }
          counts[table] = 0;
          documents[table] = 0;
        }
        // The bar only rises; refreshing it now and then is enough to pass over most terms.
        if (keptSinceBar > tables) {
          bar = lowestBar(rankings, request.minCount());
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
  private void countTopBounds(FrequencyQuery request, Terms terms, Ranking ranking)
      throws IOException {
    Bits live = MultiBits.getLiveDocs(reader);
    for (long candidates = 2L * request.top(); ; candidates *= 2) {
      Candidates highest = Candidates.highestBounds(terms, candidates, request);
      Ranking exact = new Ranking(request.top());
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
          exact.offerNext(count, documents, term, request.minCount());
        }
      }
      if (highest.bestLeftOut() < exact.bar(request.minCount())) {
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

    static Candidates highestBounds(Terms terms, long limit, FrequencyQuery request)
        throws IOException {
      PriorityQueue<Bound> kept = new PriorityQueue<>(Comparator.comparingLong(Bound::bound));
      long bestLeftOut = -1;
      TermsEnum termsEnum = terms.iterator();
      for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
        long bound = termsEnum.totalTermFreq();
        if (bound < request.minCount() || (!request.keepStopwords() && StopWords.contains(term))) {
          continue;
        }
        if (kept.size() < limit) {
          kept.add(new Bound(BytesRef.deepCopyOf(term), bound));
        } else if (bound > kept.peek().bound()) {
          bestLeftOut = Math.max(bestLeftOut, kept.poll().bound());
          kept.add(new Bound(BytesRef.deepCopyOf(term), bound));
        } else {
          bestLeftOut = Math.max(bestLeftOut, bound);
        }
      }
      List<BytesRef> sorted = new ArrayList<>();
      for (Bound bound : kept) {
        sorted.add(bound.term());
      }
      sorted.sort(null); // seekExact moves forward through the dictionary
      return new Candidates(sorted, bestLeftOut);
    }
  }

  private void countSequences(FrequencyQuery request, Assignment selection, List<Ranking> rankings)
      throws IOException {
    Analyzer analyzer = new CorpusAnalyzer();
    int n = request.ngram();
    List<Map<String, long[]>> perTable = new ArrayList<>();
    for (int t = 0; t < rankings.size(); t++) {
      perTable.add(new HashMap<>());
    }
    StoredFields stored = searcher.storedFields();
    FixedBitSet documents = selection.documents();
    for (int doc = documents.nextSetBit(0);
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc =
            doc + 1 < documents.length()
                ? documents.nextSetBit(doc + 1)
                : DocIdSetIterator.NO_MORE_DOCS) {
      Map<String, long[]> counts = perTable.get(selection.tableOf()[doc]);
      String text = stored.document(doc, Set.of(Schema.BODY)).get(Schema.BODY);
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
          if (!request.keepStopwords()
              && (StopWords.ENGLISH.contains(window[0])
                  || StopWords.ENGLISH.contains(window[n - 1]))) {
            continue;
          }
          String sequence = String.join(" ", window);
          long[] countAndDocs = counts.computeIfAbsent(sequence, k -> new long[2]);
          countAndDocs[0]++;
          if (seenHere.add(sequence)) {
            countAndDocs[1]++;
          }
        }
        tokens.end();
      }
    }
    for (int t = 0; t < rankings.size(); t++) {
      for (Map.Entry<String, long[]> entry : perTable.get(t).entrySet()) {
        rankings
            .get(t)
            .offer(entry.getValue()[0], entry.getValue()[1], entry.getKey(), request.minCount());
      }
    }
  }

  /** The top rows of one table, kept in a bounded heap whose head is the weakest row. */
  private static final class Ranking {
    record Entry(String term, long count, long documents) {}

    /** Count first, then the term: of two equal counts, the later term is the weaker row. */
    private static boolean weaker(Entry a, Entry b) {
      return a.count() != b.count() ? a.count() < b.count() : a.term().compareTo(b.term()) > 0;
    }

    private final int size;
    // Grows with the rows kept, so a large --top costs nothing until rows fill it.
    private final PriorityQueue<Entry> heap =
        new PriorityQueue<>((a, b) -> weaker(a, b) ? -1 : weaker(b, a) ? 1 : 0);

    Ranking(int size) {
      this.size = size;
    }

    /**
     * Offers the terms of one pass through the dictionary, which come in ascending order: a term
     * that only ties the weakest row sorts after it and loses, so it is turned away before its
     * bytes are decoded.
     *
     * @return whether the row was kept
     */
    boolean offerNext(long count, long documents, BytesRef term, int minCount) {
      if (count < minCount || (heap.size() >= size && count <= heap.peek().count())) {
        return false;
      }
      return offer(count, documents, term.utf8ToString(), minCount);
    }

    boolean offer(long count, long documents, String term, int minCount) {
      if (count < minCount) {
        return false;
      }
      Entry entry = new Entry(term, count, documents);
      if (heap.size() < size) {
        heap.add(entry);
        return true;
      }
      if (weaker(heap.peek(), entry)) {
        heap.poll();
        heap.add(entry);
        return true;
      }
      return false;
    }

    /** The smallest count that could still be kept (it ties the weakest row when full). */
    long bar(int minCount) {
      return heap.size() < size ? minCount : Math.max(minCount, heap.peek().count());
    }

    void addAll(Ranking other) {
      for (Entry entry : other.heap) {
        offer(entry.count(), entry.documents(), entry.term(), 1);
      }
    }

    List<Entry> sorted() {
      List<Entry> entries = new ArrayList<>(heap);
      entries.sort((a, b) -> weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0);
      return entries;
    }
  }
}

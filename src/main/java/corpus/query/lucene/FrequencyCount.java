package corpus.query.lucene;

import corpus.index.CorpusAnalyzer;
import corpus.index.MatchingDocs;
import corpus.index.Schema;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.Granularity;
import corpus.stats.Rates;
import java.io.IOException;
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
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Term-frequency tables. Word counts come from the index's term statistics when the whole corpus
 * is asked for, and from walking each term's postings over the selected articles otherwise; word
 * sequences (n-grams) are counted by re-analysing the stored text of the selected articles.
 */
final class FrequencyCount {
  private final IndexSearcher searcher;
  private final IndexReader reader;

  FrequencyCount(IndexSearcher searcher) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
  }

  /** Which articles count, and which table each goes to. */
  private record Selection(
      FixedBitSet documents,
      int[] tableOf,
      List<String> periods,
      long[] tableDocuments,
      long[] tableTokens,
      long undated,
      boolean everything) {}

  FrequencyResult run(FrequencyQuery request) throws IOException {
    Selection selection = select(request);
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
        rows.add(new FrequencyRow(entry.term(), entry.count(), entry.documents(), Rates.perMillion(entry.count(), tokens)));
      }
      tables.add(new FrequencyTable(selection.periods().get(t), selection.tableDocuments()[t], tokens, List.copyOf(rows)));
    }
    return new FrequencyResult(List.copyOf(tables), selection.undated());
  }

  private Selection select(FrequencyQuery request) throws IOException {
    boolean everything = request.query() == null && request.range().unbounded();
    Query query =
        QueryParsing.withinDates(
            request.query() == null ? new MatchAllDocsQuery() : QueryParsing.parse(request.query()),
            request.range());
    FixedBitSet matching = new FixedBitSet(Math.max(1, reader.maxDoc()));
    Guarded.run(
        () -> {
          MatchingDocs.forEach(searcher, query, (weight, segment, doc) -> matching.set(segment.docBase + doc));
          return null;
        });

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
              periodOfDay.computeIfAbsent(dates.longValue(), day -> by.periodOf(LocalDate.ofEpochDay(day)));
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
    return new Selection(
        selected,
        tableOf,
        labels,
        tableDocuments,
        tableTokens,
        undated,
        everything && by == Granularity.NONE && !reader.hasDeletions());
  }

  private void countWords(FrequencyQuery request, Selection selection, List<Ranking> rankings)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return;
    }
    int tables = rankings.size();
    long[] counts = new long[tables];
    long[] documents = new long[tables];
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    Bits live = MultiBits.getLiveDocs(reader);
    for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
      if (!request.keepStopwords() && StopWords.contains(term)) {
        continue;
      }
      if (selection.everything()) {
        // No filter, no deletions: the term dictionary's statistics are the exact answer.
        rankings.get(0).offer(termsEnum.totalTermFreq(), termsEnum.docFreq(), term, request.minCount());
        continue;
      }
      Arrays.fill(counts, 0);
      Arrays.fill(documents, 0);
      postings = termsEnum.postings(postings, PostingsEnum.FREQS);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if ((live != null && !live.get(doc)) || !selection.documents().get(doc)) {
          continue;
        }
        int table = selection.tableOf()[doc];
        counts[table] += postings.freq();
        documents[table]++;
      }
      for (int t = 0; t < tables; t++) {
        if (counts[t] > 0) {
          rankings.get(t).offer(counts[t], documents[t], term, request.minCount());
        }
      }
    }
  }

  private void countSequences(FrequencyQuery request, Selection selection, List<Ranking> rankings)
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
        doc = doc + 1 < documents.length() ? documents.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
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
              && (StopWords.ENGLISH.contains(window[0]) || StopWords.ENGLISH.contains(window[n - 1]))) {
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
        rankings.get(t).offer(entry.getValue()[0], entry.getValue()[1], entry.getKey(), request.minCount());
      }
    }
  }

  /** The top rows of one table, kept in a bounded heap whose head is the weakest row. */
  private static final class Ranking {
    record Entry(String term, long count, long documents) {}

    private static final Comparator<Entry> WEAKEST_FIRST =
        Comparator.comparingLong(Entry::count).thenComparing(Entry::term, Comparator.reverseOrder());

    private final int size;
    private final PriorityQueue<Entry> heap = new PriorityQueue<>(WEAKEST_FIRST);

    Ranking(int size) {
      this.size = size;
    }

    void offer(long count, long documents, BytesRef term, int minCount) {
      if (count < minCount) {
        return;
      }
      if (heap.size() >= size && count < heap.peek().count()) {
        return; // cheap rejection before decoding the term
      }
      offer(count, documents, term.utf8ToString(), minCount);
    }

    void offer(long count, long documents, String term, int minCount) {
      if (count < minCount) {
        return;
      }
      Entry entry = new Entry(term, count, documents);
      if (heap.size() < size) {
        heap.add(entry);
      } else if (WEAKEST_FIRST.compare(entry, heap.peek()) > 0) {
        heap.poll();
        heap.add(entry);
      }
    }

    List<Entry> sorted() {
      List<Entry> entries = new ArrayList<>(heap);
      entries.sort(WEAKEST_FIRST.reversed());
      return entries;
    }
  }
}

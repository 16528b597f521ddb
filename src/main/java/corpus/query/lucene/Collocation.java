package corpus.query.lucene;

import corpus.index.ArticleWords;
import corpus.index.MatchingDocs;
import corpus.index.Parallel;
import corpus.index.Schema;
import corpus.index.TextAnalysis;
import corpus.query.CollocateChange;
import corpus.query.CollocateComparison;
import corpus.query.CollocateComparisonQuery;
import corpus.query.CollocateRow;
import corpus.query.CollocateSet;
import corpus.query.CollocateTable;
import corpus.query.CollocatesQuery;
import corpus.query.CollocatesResult;
import corpus.query.CollocationMeasure;
import corpus.query.InvalidQueryException;
import corpus.query.WordForm;
import corpus.stats.Association;
import corpus.stats.Keyness;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The words near a node, by CQPweb's conventions: each occurrence of the node (found by its
 * postings, so a phrase is one occurrence) has a window of L tokens before and R after, within its
 * article; every token in a window is counted for that window, the node's own tokens never. Only
 * the articles holding the node are read, from the forward index ({@link ArticleWords}: words by
 * position as indexed, no analysis), so the cost grows with the node's articles, not with the
 * corpus.
 */
final class Collocation {
  private final IndexSearcher searcher;
  private final IndexReader reader;
  private final QueryParsing parsing;

  Collocation(IndexSearcher searcher, QueryParsing parsing) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    this.parsing = parsing;
  }

  /** What the windows of one table hold. */
  private static final class Windows {
    long nodeFrequency;
    long windowTokens;
    final Map<String, Long> observed = new HashMap<>();

    NodeWindows counts() {
      return new NodeWindows(nodeFrequency, windowTokens, observed);
    }

    static List<Windows> of(int tables) {
      List<Windows> windows = new ArrayList<>();
      for (int t = 0; t < tables; t++) {
        windows.add(new Windows());
      }
      return windows;
    }
  }

  CollocatesResult run(CollocatesQuery request) throws IOException {
    Buckets tables = tables(request);
    List<NodeWindows> windows = windows(request, tables);
    Set<String> candidates = new HashSet<>();
    windows.forEach(table -> candidates.addAll(candidates(table, request.minCount())));
    Map<String, long[]> frequencies = collocateFrequencies(candidates, tables);
    WordForms forms = new WordForms(reader);
    List<CollocateTable> result = new ArrayList<>();
    for (int t = 0; t < tables.labels.size(); t++) {
      NodeWindows table = windows.get(t);
      int index = t;
      List<CollocateRow> shown = new ArrayList<>();
      for (CollocateRow row :
          ranked(request, table, tables.tokens[t], word -> frequencies.get(word)[index])) {
        shown.add(
            shown(
                row,
                forms.of(
                    row.collocate(),
                    row.collocateFrequency(),
                    doc -> tables.bucketOf[doc] == index)));
      }
      result.add(
          new CollocateTable(
              tables.labels.get(t),
              tables.documents[t],
              table.nodeFrequency(),
              table.windowTokens(),
              tables.tokens[t],
              shown));
    }
    return new CollocatesResult(
        request.node(), request.sort().label(), result, tables.undatedDocuments);
  }

  /** The question's tables: the whole selection, or its occupied periods. */
  Buckets tables(CollocatesQuery request) throws IOException {
    return Buckets.tables(
        reader, Selection.of(searcher, parsing, request.selection()), request.by());
  }

  /** The windows of the node in each table. */
  List<NodeWindows> windows(CollocatesQuery request, Buckets tables) throws IOException {
    List<NodeWindows> counts = new ArrayList<>();
    windows(request.node(), tables, request.left(), request.right())
        .forEach(table -> counts.add(table.counts()));
    return counts;
  }

  /** The words of a table's windows that may be its rows: observed at least minCount times. */
  static Set<String> candidates(NodeWindows table, long minCount) {
    Set<String> candidates = new HashSet<>();
    table
        .observed()
        .forEach(
            (word, observed) -> {
              if (observed >= minCount) {
                candidates.add(word);
              }
            });
    return candidates;
  }

  /**
   * A table's rows, ranked and cut, before their forms.
   *
   * @param frequency each candidate's frequency in the table's articles
   */
  static List<CollocateRow> ranked(
      CollocatesQuery request,
      NodeWindows table,
      long corpusTokens,
      ToLongFunction<String> frequency) {
    List<CollocateRow> rows = new ArrayList<>();
    for (String candidate : candidates(table, request.minCount())) {
      rows.add(
          row(
              candidate,
              table.observed().get(candidate),
              frequency.applyAsLong(candidate),
              table,
              corpusTokens));
    }
    rows.sort(order(request.sort()));
    return List.copyOf(rows.subList(0, Math.min(rows.size(), request.rows())));
  }

  /** A row shown by its most frequent written form, when it has forms. */
  static CollocateRow shown(CollocateRow row, List<WordForm> forms) {
    return forms.isEmpty() ? row : shownAs(row, forms.get(0).form());
  }

  /**
   * Each set's collocates counted as {@link #run} counts one table (an article in both sets is read
   * for each), then every collocate observed at least {@code minCount} times in the two sets'
   * windows together set against itself: its share of B's windows against its share of A's.
   */
  CollocateComparison compare(CollocateComparisonQuery request) throws IOException {
    FixedBitSet a = Selection.of(searcher, parsing, request.a());
    FixedBitSet b = Selection.of(searcher, parsing, request.b());
    Buckets inA = Buckets.whole(reader, a);
    Buckets inB = Buckets.whole(reader, b);
    NodeWindows aWindows = windowsOf(request, inA);
    NodeWindows bWindows = windowsOf(request, inB);
    Set<String> candidates = candidates(aWindows, bWindows, request.minCount());
    Map<String, long[]> aFrequencies = collocateFrequencies(candidates, inA);
    Map<String, long[]> bFrequencies = collocateFrequencies(candidates, inB);
    List<List<CollocateChange>> changes =
        changes(
            request,
            aWindows,
            inA.tokens[0],
            bWindows,
            inB.tokens[0],
            candidates,
            word -> aFrequencies.get(word)[0],
            word -> bFrequencies.get(word)[0]);
    WordForms forms = new WordForms(reader);
    List<List<CollocateChange>> shown = new ArrayList<>();
    for (List<CollocateChange> side : changes) {
      List<CollocateChange> withForms = new ArrayList<>();
      for (CollocateChange change : side) {
        withForms.add(
            shown(
                change,
                forms.of(
                    change.collocate(), formsFrequency(change), doc -> a.get(doc) || b.get(doc))));
      }
      shown.add(withForms);
    }
    return new CollocateComparison(
        request.node(),
        request.sort().label(),
        set(inA, aWindows),
        set(inB, bWindows),
        shown.get(0),
        shown.get(1));
  }

  /** The node's windows in one set of a comparison (the set's articles as one table). */
  NodeWindows windowsOf(CollocateComparisonQuery request, Buckets set) throws IOException {
    return windows(request.node(), set, request.left(), request.right()).get(0).counts();
  }

  static CollocateSet set(Buckets set, NodeWindows windows) {
    return new CollocateSet(
        set.documents[0], set.tokens[0], windows.nodeFrequency(), windows.windowTokens());
  }

  /**
   * The words that may be rows of a comparison: observed at least minCount times in the two sets'
   * windows together; none without windows in both sets, where there is no share to compare.
   */
  static Set<String> candidates(NodeWindows a, NodeWindows b, long minCount) {
    Set<String> candidates = new HashSet<>();
    if (a.windowTokens() > 0 && b.windowTokens() > 0) {
      for (String word : union(a.observed().keySet(), b.observed().keySet())) {
        if (a.observed().getOrDefault(word, 0L) + b.observed().getOrDefault(word, 0L) >= minCount) {
          candidates.add(word);
        }
      }
    }
    return candidates;
  }

  /**
   * Each candidate set against itself, its share of B's windows against its share of A's: the gains
   * and the losses, each ranked by G² and cut, before their forms.
   *
   * @param aFrequency each candidate's frequency in A's articles
   */
  static List<List<CollocateChange>> changes(
      CollocateComparisonQuery request,
      NodeWindows aWindows,
      long aTokens,
      NodeWindows bWindows,
      long bTokens,
      Set<String> candidates,
      ToLongFunction<String> aFrequency,
      ToLongFunction<String> bFrequency) {
    List<CollocateChange> gained = new ArrayList<>();
    List<CollocateChange> lost = new ArrayList<>();
    for (String word : candidates) {
      long aObserved = aWindows.observed().getOrDefault(word, 0L);
      long bObserved = bWindows.observed().getOrDefault(word, 0L);
      CollocateRow aRow =
          aObserved == 0
              ? null
              : row(word, aObserved, aFrequency.applyAsLong(word), aWindows, aTokens);
      CollocateRow bRow =
          bObserved == 0
              ? null
              : row(word, bObserved, bFrequency.applyAsLong(word), bWindows, bTokens);
      Double aScore = aRow == null ? null : request.sort().of(aRow);
      Double bScore = bRow == null ? null : request.sort().of(bRow);
      // B first, as in compare: a positive log ratio is a collocate that gained from A to B.
      double logRatio =
          Keyness.logRatio(bObserved, aObserved, bWindows.windowTokens(), aWindows.windowTokens());
      CollocateChange change =
          new CollocateChange(
              word,
              aObserved,
              bObserved,
              aScore,
              bScore,
              aScore == null || bScore == null ? null : bScore - aScore,
              Keyness.logLikelihood(
                  bObserved, aObserved, bWindows.windowTokens(), aWindows.windowTokens()),
              logRatio,
              aRow,
              bRow);
      if (logRatio > 0) {
        gained.add(change);
      } else if (logRatio < 0) {
        lost.add(change);
      }
    }
    return List.of(strongest(gained, request.rows()), strongest(lost, request.rows()));
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> both = new HashSet<>(first);
    both.addAll(second);
    return both;
  }

  /** The strongest changes by G², then by collocate. */
  private static List<CollocateChange> strongest(List<CollocateChange> changes, int rows) {
    changes.sort(
        Comparator.comparingDouble(CollocateChange::logLikelihood)
            .reversed()
            .thenComparing(CollocateChange::collocate));
    return List.copyOf(changes.subList(0, Math.min(changes.size(), rows)));
  }

  /** A change's frequency in both sets: the count its written forms share. */
  static long formsFrequency(CollocateChange c) {
    return (c.a() == null ? 0 : c.a().collocateFrequency())
        + (c.b() == null ? 0 : c.b().collocateFrequency());
  }

  /** A change shown by its most frequent written form, when it has forms. */
  static CollocateChange shown(CollocateChange c, List<WordForm> written) {
    if (written.isEmpty()) {
      return c;
    }
    String form = written.get(0).form();
    return new CollocateChange(
        form,
        c.aObserved(),
        c.bObserved(),
        c.aScore(),
        c.bScore(),
        c.scoreChange(),
        c.logLikelihood(),
        c.logRatio(),
        c.a() == null ? null : shownAs(c.a(), form),
        c.b() == null ? null : shownAs(c.b(), form));
  }

  /**
   * The windows of every occurrence of the node in each bucket's articles: the one place windows
   * are counted, for a table per period and for each set of a comparison alike.
   */
  private List<Windows> windows(String nodeText, Buckets tables, int left, int right)
      throws IOException {
    Map<TextAnalysis, Query> node = TermTrend.seriesQueries(parsing, nodeText);
    List<Windows> windows = Windows.of(tables.labels.size());
    for (Map.Entry<TextAnalysis, Query> reading : node.entrySet()) {
      // A one-word phrase rewrites to its term.
      Query rewritten = searcher.rewrite(reading.getValue());
      if (rewritten instanceof TermQuery word) {
        // With several analyses in the index, each reading counts its own articles only.
        Term analysis =
            parsing.present().size() == 1 ? null : QueryParsing.analysedBy(reading.getKey());
        List<LeafReaderContext> segments = reader.leaves();
        // Segments on every core, each counted apart and added to the tables one at a time.
        Parallel.run(
            segments.size(),
            s -> {
              SegmentWindows counted = new SegmentWindows(segments.get(s), tables, left, right);
              countWord(word.getTerm(), analysis, segments.get(s), tables, counted);
              synchronized (windows) {
                counted.addTo(windows);
              }
            });
      } else {
        countMatches(readingQuery(reading), tables, left, right, windows);
      }
    }
    return windows;
  }

  /** A reading of the node restricted to the articles of its analysis when there are several. */
  private Query readingQuery(Map.Entry<TextAnalysis, Query> reading) {
    return parsing.present().size() == 1
        ? reading.getValue()
        : new BooleanQuery.Builder()
            .add(reading.getValue(), BooleanClause.Occur.MUST)
            .add(
                new TermQuery(QueryParsing.analysedBy(reading.getKey())),
                BooleanClause.Occur.FILTER)
            .build();
  }

  /**
   * A one-word node, the usual case: its positions straight from its postings (the matches of a
   * query, asked article by article, cost more than reading the windows).
   *
   * @param analysis the articles of one analysis only, or null for all
   */
  private static void countWord(
      Term term, Term analysis, LeafReaderContext segment, Buckets tables, SegmentWindows into)
      throws IOException {
    PostingsEnum postings = postings(segment, term, PostingsEnum.POSITIONS);
    PostingsEnum analysed = analysis == null ? null : postings(segment, analysis, 0);
    if (postings == null || (analysis != null && analysed == null)) {
      return;
    }
    Bits live = segment.reader().getLiveDocs();
    for (int doc = postings.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = postings.nextDoc()) {
      if ((live != null && !live.get(doc))
          || tables.bucketOf[segment.docBase + doc] < 0
          || (analysed != null && !holds(analysed, doc))) {
        continue;
      }
      List<int[]> occurrences = new ArrayList<>(postings.freq());
      for (int i = 0; i < postings.freq(); i++) {
        int position = postings.nextPosition();
        occurrences.add(new int[] {position, position});
      }
      into.count(doc, occurrences);
    }
  }

  /** Whether an iterator holds an article, moved up to it: articles asked in increasing order. */
  private static boolean holds(DocIdSetIterator docs, int doc) throws IOException {
    return (docs.docID() < doc ? docs.advance(doc) : docs.docID()) == doc;
  }

  /** A term's postings in one segment, or null when the segment lacks it. */
  private static PostingsEnum postings(LeafReaderContext segment, Term term, int flags)
      throws IOException {
    Terms terms = segment.reader().terms(term.field());
    TermsEnum termsEnum = terms == null ? null : terms.iterator();
    if (termsEnum == null || !termsEnum.seekExact(term.bytes())) {
      return null;
    }
    return termsEnum.postings(null, flags);
  }

  /** Any other node (a phrase): its matches, article by article, segment after segment. */
  private void countMatches(Query query, Buckets tables, int left, int right, List<Windows> into)
      throws IOException {
    SegmentWindows[] current = new SegmentWindows[1];
    MatchingDocs.forEach(
        searcher,
        query,
        (weight, segment, doc) -> {
          if (tables.bucketOf[segment.docBase + doc] < 0) {
            return;
          }
          Matches matches = weight.matches(segment, doc);
          MatchesIterator spans = matches == null ? null : matches.getMatches(Schema.BODY);
          List<int[]> occurrences = new ArrayList<>();
          while (spans != null && spans.next()) {
            occurrences.add(new int[] {spans.startPosition(), spans.endPosition()});
          }
          if (occurrences.isEmpty()) {
            return;
          }
          if (current[0] == null || current[0].segment != segment) {
            if (current[0] != null) {
              current[0].addTo(into);
            }
            current[0] = new SegmentWindows(segment, tables, left, right);
          }
          current[0].count(doc, occurrences);
        });
    if (current[0] != null) {
      current[0].addTo(into);
    }
  }

  /**
   * The windows of one segment's articles, counted by the segment's word numbers ({@link
   * ArticleWords}) and named once, when added to the tables.
   */
  private static final class SegmentWindows {
    final LeafReaderContext segment;
    private final ArticleWords words;
    private final Buckets tables;
    private final int left;
    private final int right;
    private final long[] nodeFrequency;
    private final long[] windowTokens;

    /** Per table, per word number: made when the table's first window is counted. */
    private final int[][] observed;

    SegmentWindows(LeafReaderContext segment, Buckets tables, int left, int right)
        throws IOException {
      this.segment = segment;
      this.words = new ArticleWords(segment.reader());
      this.tables = tables;
      this.left = left;
      this.right = right;
      int count = tables.labels.size();
      this.nodeFrequency = new long[count];
      this.windowTokens = new long[count];
      this.observed = new int[count][];
    }

    /**
     * Counts one article's windows.
     *
     * @param occurrences the node's occurrences, first and last position of each
     */
    void count(int doc, List<int[]> occurrences) throws IOException {
      int last = 0;
      for (int[] occurrence : occurrences) {
        last = Math.max(last, occurrence[1] + right);
      }
      int[] at = words.read(doc, last);
      int positions = words.length();
      int table = tables.bucketOf[segment.docBase + doc];
      if (observed[table] == null) {
        observed[table] = new int[words.wordCount()];
      }
      int[] counts = observed[table];
      boolean[] isNode = new boolean[positions];
      for (int[] occurrence : occurrences) {
        for (int p = occurrence[0]; p <= occurrence[1] && p < positions; p++) {
          isNode[p] = true;
        }
      }
      long slots = 0;
      for (int[] occurrence : occurrences) {
        nodeFrequency[table]++;
        int from = Math.max(0, occurrence[0] - left);
        int to = Math.min(positions - 1, occurrence[1] + right);
        for (int p = from; p <= to; p++) {
          if (p >= occurrence[0] && p <= occurrence[1]) {
            continue;
          }
          int word = at[p];
          if (word != ArticleWords.NONE && !isNode[p]) {
            slots++;
            counts[word]++;
          }
        }
      }
      windowTokens[table] += slots;
    }

    /** Adds what this segment counted to the tables, by word. */
    void addTo(List<Windows> tablesWindows) throws IOException {
      for (int t = 0; t < observed.length; t++) {
        Windows table = tablesWindows.get(t);
        table.nodeFrequency += nodeFrequency[t];
        table.windowTokens += windowTokens[t];
        int[] counts = observed[t];
        if (counts == null) {
          continue;
        }
        for (int word = 0; word < counts.length; word++) {
          if (counts[word] > 0) {
            table.observed.merge(words.word(word), (long) counts[word], Long::sum);
          }
        }
      }
    }
  }

  /**
   * Each candidate's frequency in each bucket's articles, segment by segment, the candidates sought
   * in the order of the term dictionary (a seek then continues where the last one ended).
   *
   * @return per candidate, per bucket
   */
  private Map<String, long[]> collocateFrequencies(Set<String> candidates, Buckets tables)
      throws IOException {
    Map<String, long[]> frequencies = new HashMap<>();
    Map<BytesRef, long[]> byTerm = new TreeMap<>(); // in the term dictionary's order
    for (String candidate : candidates) {
      long[] perTable = new long[tables.labels.size()];
      frequencies.put(candidate, perTable);
      byTerm.put(new BytesRef(candidate), perTable);
    }
    List<BytesRef> sought = new ArrayList<>(byTerm.keySet());
    long[][] counts = byTerm.values().toArray(long[][]::new);
    // One table of every article of an index without deletions: a word's frequency is its
    // total count in the term dictionary, with no walk of its postings (for "the", every article).
    boolean everything =
        tables.labels.size() == 1
            && tables.documents[0] == reader.numDocs()
            && !reader.hasDeletions();
    List<LeafReaderContext> segments = reader.leaves();
    // Segments on every core, each counted apart and added to the totals one at a time.
    Parallel.run(
        segments.size(),
        s -> {
          long[][] counted = frequencies(segments.get(s), sought, tables, everything);
          synchronized (counts) {
            for (int c = 0; c < counts.length; c++) {
              for (int t = 0; t < counted[c].length; t++) {
                counts[c][t] += counted[c][t];
              }
            }
          }
        });
    return frequencies;
  }

  /** {@link #collocateFrequencies} in one segment: per candidate, per bucket. */
  private static long[][] frequencies(
      LeafReaderContext segment, List<BytesRef> sought, Buckets tables, boolean everything)
      throws IOException {
    long[][] counts = new long[sought.size()][tables.labels.size()];
    Terms terms = segment.reader().terms(Schema.BODY);
    if (terms == null) {
      return counts;
    }
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    for (int c = 0; c < counts.length; c++) {
      if (!termsEnum.seekExact(sought.get(c))) {
        continue;
      }
      if (everything) {
        counts[c][0] = termsEnum.totalTermFreq();
        continue;
      }
      postings = termsEnum.postings(postings, PostingsEnum.FREQS);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        int table = tables.bucketOf[segment.docBase + doc];
        if (table >= 0) {
          counts[c][table] += postings.freq();
        }
      }
    }
    return counts;
  }

  /**
   * A collocate's row. A token in the windows of two nearby occurrences counts for each, so a rare
   * word can be observed more often than it occurs; its contingency table then takes its frequency
   * as the observed count (a cell cannot be negative), while the row shows its true frequency.
   *
   * @throws InvalidQueryException when the windows overlap so much that they hold more tokens than
   *     the articles: no contingency table describes that
   */
  private static CollocateRow row(
      String collocate, long observed, long frequency, NodeWindows table, long corpusTokens) {
    Association.Counts counts;
    try {
      counts =
          new Association.Counts(
              observed,
              table.nodeFrequency(),
              Math.max(frequency, observed),
              table.windowTokens(),
              corpusTokens);
    } catch (IllegalArgumentException impossibleTable) {
      throw new InvalidQueryException(
          "the node's windows overlap so much that they hold more tokens than its articles ("
              + table.windowTokens()
              + " of "
              + corpusTokens
              + "); choose a narrower --window");
    }
    return new CollocateRow(
        collocate,
        observed,
        counts.expected(),
        frequency,
        Association.mi(counts),
        Association.mi3(counts),
        Association.tScore(counts),
        Association.zScore(counts),
        Association.logLikelihood(counts),
        Association.logDice(counts),
        table.windowTokens() < corpusTokens ? Association.logRatio(counts) : null);
  }

  private static CollocateRow shownAs(CollocateRow row, String form) {
    return new CollocateRow(
        form,
        row.observed(),
        row.expected(),
        row.collocateFrequency(),
        row.mi(),
        row.mi3(),
        row.tScore(),
        row.zScore(),
        row.logLikelihood(),
        row.logDice(),
        row.logRatio());
  }

  /** Highest first by the measure, then by collocate, so equal scores always come out alike. */
  private static Comparator<CollocateRow> order(CollocationMeasure measure) {
    return Comparator.comparingDouble((CollocateRow row) -> measure.of(row))
        .reversed()
        .thenComparing(CollocateRow::collocate);
  }
}

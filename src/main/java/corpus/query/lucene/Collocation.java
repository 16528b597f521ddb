package corpus.query.lucene;

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
import corpus.query.CompareQuery;
import corpus.query.Granularity;
import corpus.query.InvalidQueryException;
import corpus.query.WordForm;
import corpus.stats.Association;
import corpus.stats.Keyness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
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
 * the articles holding the node are read again (their stored text analysed as it was indexed), so
 * the cost grows with the node's articles, not with the corpus.
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

    /** Adds what another part of the index counted for the same table. */
    void add(Windows other) {
      nodeFrequency += other.nodeFrequency;
      windowTokens += other.windowTokens;
      other.observed.forEach((word, count) -> observed.merge(word, count, Long::sum));
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
    FixedBitSet selected =
        Selection.of(
            searcher,
            parsing,
            request.range(),
            request.sources(),
            request.languages(),
            request.query());
    Buckets tables =
        request.by() == Granularity.NONE
            ? Buckets.whole(reader, selected)
            : Buckets.occupiedPeriods(reader, selected, request.by());
    List<Windows> windows = windows(request.node(), tables, request.left(), request.right());
    Set<String> candidates = new HashSet<>();
    for (Windows table : windows) {
      table.observed.forEach(
          (word, observed) -> {
            if (observed >= request.minCount()) {
              candidates.add(word);
            }
          });
    }
    Map<String, long[]> frequencies = collocateFrequencies(candidates, tables);
    WordForms forms = new WordForms(reader);
    List<CollocateTable> result = new ArrayList<>();
    for (int t = 0; t < tables.labels.size(); t++) {
      Windows table = windows.get(t);
      int index = t;
      List<CollocateRow> rows = new ArrayList<>();
      for (Map.Entry<String, Long> candidate : table.observed.entrySet()) {
        if (candidate.getValue() < request.minCount()) {
          continue;
        }
        long frequency = frequencies.get(candidate.getKey())[t];
        rows.add(row(candidate.getKey(), candidate.getValue(), frequency, table, tables.tokens[t]));
      }
      rows.sort(order(request.sort()));
      List<CollocateRow> shown = new ArrayList<>();
      for (CollocateRow row : rows.subList(0, Math.min(rows.size(), request.rows()))) {
        List<WordForm> written =
            forms.of(
                row.collocate(), row.collocateFrequency(), doc -> tables.bucketOf[doc] == index);
        shown.add(written.isEmpty() ? row : shownAs(row, written.get(0).form()));
      }
      result.add(
          new CollocateTable(
              tables.labels.get(t),
              tables.documents[t],
              table.nodeFrequency,
              table.windowTokens,
              tables.tokens[t],
              shown));
    }
    return new CollocatesResult(
        request.node(), request.sort().label(), result, tables.undatedDocuments);
  }

  /**
   * Each set's collocates counted as {@link #run} counts one table (an article in both sets is read
   * for each), then every collocate observed at least {@code minCount} times in the two sets'
   * windows together set against itself: its share of B's windows against its share of A's.
   */
  CollocateComparison compare(CollocateComparisonQuery request) throws IOException {
    FixedBitSet a = select(request.a());
    FixedBitSet b = select(request.b());
    Buckets inA = Buckets.whole(reader, a);
    Buckets inB = Buckets.whole(reader, b);
    Windows aWindows = windows(request.node(), inA, request.left(), request.right()).get(0);
    Windows bWindows = windows(request.node(), inB, request.left(), request.right()).get(0);
    CollocateSet aSet =
        new CollocateSet(
            inA.documents[0], inA.tokens[0], aWindows.nodeFrequency, aWindows.windowTokens);
    CollocateSet bSet =
        new CollocateSet(
            inB.documents[0], inB.tokens[0], bWindows.nodeFrequency, bWindows.windowTokens);
    List<CollocateChange> gained = new ArrayList<>();
    List<CollocateChange> lost = new ArrayList<>();
    // Without windows in both sets there is no share to compare.
    if (aWindows.windowTokens > 0 && bWindows.windowTokens > 0) {
      Set<String> candidates = new HashSet<>();
      for (String word : union(aWindows.observed.keySet(), bWindows.observed.keySet())) {
        if (aWindows.observed.getOrDefault(word, 0L) + bWindows.observed.getOrDefault(word, 0L)
            >= request.minCount()) {
          candidates.add(word);
        }
      }
      Map<String, long[]> aFrequencies = collocateFrequencies(candidates, inA);
      Map<String, long[]> bFrequencies = collocateFrequencies(candidates, inB);
      for (String word : candidates) {
        long aObserved = aWindows.observed.getOrDefault(word, 0L);
        long bObserved = bWindows.observed.getOrDefault(word, 0L);
        CollocateRow aRow =
            aObserved == 0
                ? null
                : row(word, aObserved, aFrequencies.get(word)[0], aWindows, inA.tokens[0]);
        CollocateRow bRow =
            bObserved == 0
                ? null
                : row(word, bObserved, bFrequencies.get(word)[0], bWindows, inB.tokens[0]);
        Double aScore = aRow == null ? null : request.sort().of(aRow);
        Double bScore = bRow == null ? null : request.sort().of(bRow);
        // B first, as in compare: a positive log ratio is a collocate that gained from A to B.
        double logRatio =
            Keyness.logRatio(bObserved, aObserved, bWindows.windowTokens, aWindows.windowTokens);
        CollocateChange change =
            new CollocateChange(
                word,
                aObserved,
                bObserved,
                aScore,
                bScore,
                aScore == null || bScore == null ? null : bScore - aScore,
                Keyness.logLikelihood(
                    bObserved, aObserved, bWindows.windowTokens, aWindows.windowTokens),
                logRatio,
                aRow,
                bRow);
        if (logRatio > 0) {
          gained.add(change);
        } else if (logRatio < 0) {
          lost.add(change);
        }
      }
    }
    WordForms forms = new WordForms(reader);
    return new CollocateComparison(
        request.node(),
        request.sort().label(),
        aSet,
        bSet,
        shown(gained, request.rows(), forms, a, b),
        shown(lost, request.rows(), forms, a, b));
  }

  private FixedBitSet select(CompareQuery.Subset subset) throws IOException {
    return Selection.of(
        searcher, parsing, subset.range(), subset.sources(), subset.languages(), subset.query());
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> both = new HashSet<>(first);
    both.addAll(second);
    return both;
  }

  /** The strongest changes by G², then by collocate, each shown by its most frequent form. */
  private static List<CollocateChange> shown(
      List<CollocateChange> changes, int rows, WordForms forms, FixedBitSet a, FixedBitSet b)
      throws IOException {
    changes.sort(
        Comparator.comparingDouble(CollocateChange::logLikelihood)
            .reversed()
            .thenComparing(CollocateChange::collocate));
    List<CollocateChange> shown = new ArrayList<>();
    for (CollocateChange c : changes.subList(0, Math.min(changes.size(), rows))) {
      long frequency =
          (c.a() == null ? 0 : c.a().collocateFrequency())
              + (c.b() == null ? 0 : c.b().collocateFrequency());
      List<WordForm> written = forms.of(c.collocate(), frequency, doc -> a.get(doc) || b.get(doc));
      if (written.isEmpty()) {
        shown.add(c);
        continue;
      }
      String form = written.get(0).form();
      shown.add(
          new CollocateChange(
              form,
              c.aObserved(),
              c.bObserved(),
              c.aScore(),
              c.bScore(),
              c.scoreChange(),
              c.logLikelihood(),
              c.logRatio(),
              c.a() == null ? null : shownAs(c.a(), form),
              c.b() == null ? null : shownAs(c.b(), form)));
    }
    return shown;
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
      Analyzer words = parsing.analyzers().query(reading.getKey());
      ArticleWindows counter =
          (into, segment, doc, occurrences, text) -> {
            int last = 0;
            for (int[] occurrence : occurrences) {
              last = Math.max(last, occurrence[1] + right);
            }
            int table = tables.bucketOf[segment.docBase + doc];
            count(occurrences, wordsAt(words, text.read(), last), left, right, into.get(table));
          };
      // A one-word phrase rewrites to its term.
      Query rewritten = searcher.rewrite(reading.getValue());
      if (parsing.present().size() == 1 && rewritten instanceof TermQuery word) {
        countWord(word.getTerm(), tables, counter).forEach(part -> add(windows, part));
      } else {
        countMatches(readingQuery(reading), tables, counter, windows);
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

  /** Told of each article holding the node: its occurrences (first and last position of each). */
  private interface ArticleWindows {
    void count(
        List<Windows> into,
        LeafReaderContext segment,
        int doc,
        List<int[]> occurrences,
        ArticleText text)
        throws IOException;
  }

  /** The article's stored text, read only when asked for. */
  private interface ArticleText {
    String read() throws IOException;
  }

  /**
   * A one-word node, the usual case: its positions straight from its postings, segment by segment
   * in doc order, so each segment's stored text is read sequentially ({@link SequentialText}).
   */
  private List<List<Windows>> countWord(Term term, Buckets tables, ArticleWindows counter)
      throws IOException {
    // Slices of a few thousand articles counted in parallel, each into its own tables, added up
    // afterwards: one segment often holds most of an index.
    record Slice(LeafReaderContext segment, int from, int to) {}
    List<Slice> slices = new ArrayList<>();
    for (LeafReaderContext segment : reader.leaves()) {
      int maxDoc = segment.reader().maxDoc();
      for (int from = 0; from < maxDoc; from += SLICE) {
        slices.add(new Slice(segment, from, Math.min(maxDoc, from + SLICE)));
      }
    }
    List<List<Windows>> counted = new ArrayList<>();
    for (int i = 0; i < slices.size(); i++) {
      counted.add(Windows.of(tables.labels.size()));
    }
    Parallel.run(
        slices.size(),
        i -> {
          Slice slice = slices.get(i);
          countWord(
              term, slice.segment(), slice.from(), slice.to(), tables, counter, counted.get(i));
        });
    return counted;
  }

  /** Articles a slice of {@link #countWord} holds: enough to outweigh a task's start. */
  private static final int SLICE = 8192;

  /** The articles {@code from} to {@code to} (excluded) of one segment. */
  private static void countWord(
      Term term,
      LeafReaderContext segment,
      int from,
      int to,
      Buckets tables,
      ArticleWindows counter,
      List<Windows> into)
      throws IOException {
    Terms terms = segment.reader().terms(Schema.BODY);
    TermsEnum termsEnum = terms == null ? null : terms.iterator();
    if (termsEnum == null || !termsEnum.seekExact(term.bytes())) {
      return;
    }
    Bits live = segment.reader().getLiveDocs();
    SequentialText texts = new SequentialText(segment.reader());
    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.POSITIONS);
    for (int doc = postings.advance(from); doc < to; doc = postings.nextDoc()) {
      if ((live != null && !live.get(doc)) || tables.bucketOf[segment.docBase + doc] < 0) {
        continue;
      }
      List<int[]> occurrences = new ArrayList<>(postings.freq());
      for (int i = 0; i < postings.freq(); i++) {
        int position = postings.nextPosition();
        occurrences.add(new int[] {position, position});
      }
      int article = doc;
      counter.count(into, segment, doc, occurrences, () -> texts.read(article));
    }
  }

  private static void add(List<Windows> to, List<Windows> part) {
    for (int t = 0; t < to.size(); t++) {
      to.get(t).add(part.get(t));
    }
  }

  /**
   * Any other node (a phrase, or a word read by several analyses): its matches, article by article.
   */
  private void countMatches(Query query, Buckets tables, ArticleWindows counter, List<Windows> into)
      throws IOException {
    Map<Integer, SequentialText> texts = new HashMap<>();
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
          if (!occurrences.isEmpty()) {
            SequentialText segmentTexts = texts.get(segment.ord);
            if (segmentTexts == null) {
              segmentTexts = new SequentialText(segment.reader());
              texts.put(segment.ord, segmentTexts);
            }
            SequentialText from = segmentTexts;
            counter.count(into, segment, doc, occurrences, () -> from.read(doc));
          }
        });
  }

  /**
   * The words of a text by position, as the index has them (a Russian word by its stem), up to
   * position {@code last}: the analysis stops there, as no window reaches further.
   */
  private static List<String> wordsAt(Analyzer analyzer, String text, int last) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        if (position > last) {
          break;
        }
        while (words.size() <= position) {
          words.add(null);
        }
        words.set(position, term.toString());
      }
      tokens.end();
    } catch (IOException impossible) {
      throw new UncheckedIOException("analysing a string in memory", impossible);
    }
    return words;
  }

  /** Counts the windows of one article's occurrences of the node. */
  private static void count(
      List<int[]> occurrences, List<String> words, int left, int right, Windows table) {
    boolean[] isNode = new boolean[words.size()];
    for (int[] occurrence : occurrences) {
      for (int p = occurrence[0]; p <= occurrence[1] && p < isNode.length; p++) {
        isNode[p] = true;
      }
    }
    for (int[] occurrence : occurrences) {
      table.nodeFrequency++;
      for (int p = Math.max(0, occurrence[0] - left); p < occurrence[0]; p++) {
        slot(p, words, isNode, table);
      }
      int last = Math.min(words.size() - 1, occurrence[1] + right);
      for (int p = occurrence[1] + 1; p <= last; p++) {
        slot(p, words, isNode, table);
      }
    }
  }

  private static void slot(int position, List<String> words, boolean[] isNode, Windows table) {
    String word = words.get(position);
    if (word == null || isNode[position]) {
      return;
    }
    table.windowTokens++;
    table.observed.merge(word, 1L, Long::sum);
  }

  /**
   * Each candidate's frequency in each bucket's articles, from one walk of its postings.
   *
   * @return per candidate, per bucket
   */
  private Map<String, long[]> collocateFrequencies(Set<String> candidates, Buckets tables)
      throws IOException {
    Map<String, long[]> frequencies = new HashMap<>();
    for (String candidate : candidates) {
      frequencies.put(candidate, new long[tables.labels.size()]);
    }
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return frequencies;
    }
    // One table of every article of an index without deletions: a word's frequency is its
    // total count in the term dictionary, with no walk of its postings (for "the", every article).
    boolean everything =
        tables.labels.size() == 1
            && tables.documents[0] == reader.numDocs()
            && !reader.hasDeletions();
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    for (Map.Entry<String, long[]> candidate : frequencies.entrySet()) {
      if (!termsEnum.seekExact(new BytesRef(candidate.getKey()))) {
        continue;
      }
      if (everything) {
        candidate.getValue()[0] = termsEnum.totalTermFreq();
        continue;
      }
      postings = termsEnum.postings(postings, PostingsEnum.FREQS);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        int table = tables.bucketOf[doc];
        if (table >= 0) {
          candidate.getValue()[table] += postings.freq();
        }
      }
    }
    return frequencies;
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
      String collocate, long observed, long frequency, Windows table, long corpusTokens) {
    Association.Counts counts;
    try {
      counts =
          new Association.Counts(
              observed,
              table.nodeFrequency,
              Math.max(frequency, observed),
              table.windowTokens,
              corpusTokens);
    } catch (IllegalArgumentException impossibleTable) {
      throw new InvalidQueryException(
          "the node's windows overlap so much that they hold more tokens than its articles ("
              + table.windowTokens
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
        table.windowTokens < corpusTokens ? Association.logRatio(counts) : null);
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

package corpus.query.lucene;

import corpus.index.CorpusAnalyzer;
import corpus.index.MatchingDocs;
import corpus.index.Schema;
import corpus.query.Granularity;
import corpus.query.InvalidQueryException;
import corpus.query.TrendPoint;
import corpus.query.TrendQuery;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
import corpus.query.TrendTest;
import corpus.stats.MannKendall;
import corpus.stats.Rates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts of words and phrases per calendar period. A word's postings, or a phrase's matches, are
 * bucketed by the articles' date doc values: the cost grows with the articles that contain it, not
 * with the corpus, and no stored text is read.
 */
final class TermTrend {
  /** More periods than this is a mistake (days over centuries), not a chart. */
  static final int MAX_PERIODS = 1_000_000;

  private static final int NOT_SELECTED = -1;
  private static final int UNDATED = -2;

  private final IndexSearcher searcher;
  private final IndexReader reader;

  TermTrend(IndexSearcher searcher) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
  }

  /**
   * The periods of the range and the selected articles in each.
   *
   * @param periodOf per article: its period's index, {@link #UNDATED} or {@link #NOT_SELECTED}
   */
  private record Periods(
      List<String> labels,
      List<LocalDate> starts,
      int[] periodOf,
      long[] documents,
      long[] tokens) {}

  /** What one series counted. */
  private record Counts(long[] count, long[] documents, long undated) {}

  TrendResult run(TrendQuery request) throws IOException {
    List<Query> queries = new ArrayList<>();
    for (String term : request.terms()) {
      queries.add(seriesQuery(term)); // every series checked before any work
    }
    Periods periods = periods(request);
    List<TrendSeries> series = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      series.add(series(request.terms().get(i), count(queries.get(i), periods), periods));
    }
    return new TrendResult(request.by().label(), series);
  }

  /** A word as a term query, several words as a phrase, analysed exactly like the text. */
  static Query seriesQuery(String text) {
    Analyzer analyzer = new CorpusAnalyzer();
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    List<Term> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        Term term = new Term(Schema.BODY, word.toString());
        terms.add(term);
        phrase.add(term, position);
      }
      tokens.end();
    } catch (IOException impossible) {
      throw new UncheckedIOException("analysing a string in memory", impossible);
    }
    if (terms.isEmpty()) {
      throw new InvalidQueryException("'" + QueryParsing.oneLine(text) + "' has no words to count");
    }
    return terms.size() == 1 ? new TermQuery(terms.get(0)) : phrase.build();
  }

  private Periods periods(TrendQuery request) throws IOException {
    int maxDoc = Math.max(1, reader.maxDoc());
    FixedBitSet selected = Selection.of(searcher, request.range(), request.query());
    int[] periodOf = new int[maxDoc];
    Arrays.fill(periodOf, NOT_SELECTED);
    int[] dayOf = new int[maxDoc];
    long firstDay = Long.MAX_VALUE;
    long lastDay = Long.MIN_VALUE;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues dates = DocValues.getNumeric(leaf.reader(), Schema.DATE);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        int global = leaf.docBase + doc;
        if (!selected.get(global)) {
          continue;
        }
        if (dates.advanceExact(doc)) {
          dayOf[global] = (int) dates.longValue();
          periodOf[global] = 0; // placed below, once the periods are known
          firstDay = Math.min(firstDay, dayOf[global]);
          lastDay = Math.max(lastDay, dayOf[global]);
        } else {
          periodOf[global] = UNDATED;
        }
      }
    }
    LocalDate from = request.range().from() != null ? request.range().from() : dayOrNull(firstDay);
    LocalDate to = request.range().to() != null ? request.range().to() : dayOrNull(lastDay);
    Granularity by = request.by();
    List<String> labels = new ArrayList<>();
    List<LocalDate> startDates = new ArrayList<>();
    if (from != null && to != null && !from.isAfter(to)) {
      for (LocalDate start = by.startOf(from); !start.isAfter(to); start = by.next(start)) {
        if (labels.size() == MAX_PERIODS) {
          throw new InvalidQueryException(
              "from "
                  + from
                  + " to "
                  + to
                  + " is more than "
                  + MAX_PERIODS
                  + " periods of a "
                  + by.label()
                  + "; choose a longer period or a shorter range");
        }
        labels.add(by.periodOf(start));
        startDates.add(start);
      }
    }
    long[] starts = startDates.stream().mapToLong(LocalDate::toEpochDay).toArray();
    long[] documents = new long[labels.size()];
    long[] tokens = new long[labels.size()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues tokenCounts = DocValues.getNumeric(leaf.reader(), Schema.TOKENS);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        int global = leaf.docBase + doc;
        if (periodOf[global] < 0) {
          continue;
        }
        int found = Arrays.binarySearch(starts, dayOf[global]);
        int period =
            found >= 0 ? found : -found - 2; // the last period starting on or before the day
        periodOf[global] = period;
        documents[period]++;
        if (tokenCounts.advanceExact(doc)) {
          tokens[period] += tokenCounts.longValue();
        }
      }
    }
    return new Periods(labels, startDates, periodOf, documents, tokens);
  }

  private static LocalDate dayOrNull(long epochDay) {
    return epochDay == Long.MAX_VALUE || epochDay == Long.MIN_VALUE
        ? null
        : LocalDate.ofEpochDay(epochDay);
  }

  private Counts count(Query query, Periods periods) throws IOException {
    long[] count = new long[periods.labels().size()];
    long[] documents = new long[periods.labels().size()];
    long[] undated = new long[1];
    if (query instanceof TermQuery word) {
      BytesRef bytes = word.getTerm().bytes();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Schema.BODY);
        TermsEnum termsEnum = terms == null ? null : terms.iterator();
        if (termsEnum == null || !termsEnum.seekExact(bytes)) {
          continue;
        }
        PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          add(periods.periodOf()[leaf.docBase + doc], postings.freq(), count, documents, undated);
        }
      }
    } else {
      MatchingDocs.forEach(
          searcher,
          query,
          (weight, segment, doc) -> {
            Matches matches = weight.matches(segment, doc);
            MatchesIterator spans = matches == null ? null : matches.getMatches(Schema.BODY);
            int found = 0;
            while (spans != null && spans.next()) {
              found++;
            }
            add(periods.periodOf()[segment.docBase + doc], found, count, documents, undated);
          });
    }
    return new Counts(count, documents, undated[0]);
  }

  private static void add(int period, int found, long[] count, long[] documents, long[] undated) {
    if (found == 0 || period == NOT_SELECTED) {
      return;
    }
    if (period == UNDATED) {
      undated[0] += found;
      return;
    }
    count[period] += found;
    documents[period]++;
  }

  private static TrendSeries series(String term, Counts counts, Periods periods) {
    List<TrendPoint> points = new ArrayList<>();
    long total = 0;
    int withArticles = 0;
    for (int p = 0; p < periods.labels().size(); p++) {
      long tokens = periods.tokens()[p];
      points.add(
          new TrendPoint(
              periods.labels().get(p),
              periods.starts().get(p),
              counts.count()[p],
              counts.documents()[p],
              periods.documents()[p],
              tokens,
              Rates.perMillion(counts.count()[p], tokens)));
      total += counts.count()[p];
      withArticles += periods.documents()[p] > 0 ? 1 : 0;
    }
    // Periods without articles have no rate at all; the test looks only at those that have one.
    double[] positions = new double[withArticles];
    double[] rates = new double[withArticles];
    int i = 0;
    for (int p = 0; p < points.size(); p++) {
      if (points.get(p).periodDocuments() > 0) {
        positions[i] = p;
        rates[i++] = points.get(p).perMillion();
      }
    }
    Optional<MannKendall.Result> test = MannKendall.test(positions, rates);
    if (test.isEmpty()) {
      String note =
          withArticles < MannKendall.MIN_VALUES
              ? "no trend test: "
                  + withArticles
                  + " period(s) with articles; the test needs at least "
                  + MannKendall.MIN_VALUES
              : "no trend test: "
                  + withArticles
                  + " periods with articles, more than the "
                  + MannKendall.MAX_VALUES
                  + " the test takes; choose a longer period";
      return new TrendSeries(term, total, counts.undated(), null, note, points);
    }
    MannKendall.Result r = test.get();
    TrendTest trendTest =
        new TrendTest(MannKendall.METHOD, r.n(), r.s(), r.tau(), r.z(), r.pValue(), r.slope());
    return new TrendSeries(term, total, counts.undated(), trendTest, null, points);
  }
}

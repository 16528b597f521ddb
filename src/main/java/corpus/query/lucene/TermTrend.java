package corpus.query.lucene;

import corpus.index.MatchingDocs;
import corpus.index.Schema;
import corpus.index.TextAnalysis;
import corpus.query.DateRange;
import corpus.query.Granularity;
import corpus.query.InvalidQueryException;
import corpus.query.Messages;
import corpus.query.TrendPoint;
import corpus.query.TrendQuery;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
import corpus.query.TrendTestResult;
import corpus.stats.MannKendall;
import corpus.stats.Rates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
  private final IndexSearcher searcher;
  private final IndexReader reader;
  private final QueryParsing parsing;

  TermTrend(IndexSearcher searcher, QueryParsing parsing) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    this.parsing = parsing;
  }

  /**
   * A series word as one analysis reads it, counted in that analysis's articles only.
   *
   * @param analysis null when the index has one analysis: every article is its own
   * @param articles global doc ids of that analysis's articles, null with it
   */
  private record Part(Query query, TextAnalysis analysis, FixedBitSet articles) {}

  /** What one series counted. */
  private record Counts(long[] count, long[] documents, long undated) {}

  TrendResult run(TrendQuery request) throws IOException {
    return run(request, null, null);
  }

  /** What a cluster's shards must agree on before they count ({@link TrendFacts}). */
  TrendFacts facts(TrendQuery request) throws IOException {
    FixedBitSet selected = selection(request);
    Buckets periods = Buckets.occupiedPeriods(reader, selected, Granularity.YEAR);
    Map<String, Long> sources = new TreeMap<>();
    if (request.splitSources() > 0) {
      Buckets bySource = Buckets.bySource(reader, selected);
      for (int s = 0; s < bySource.labels.size(); s++) {
        sources.put(bySource.labels.get(s), bySource.documents[s]);
      }
    }
    return new TrendFacts(
        periods.firstDay == null ? null : periods.firstDay.toString(),
        periods.lastDay == null ? null : periods.lastDay.toString(),
        sources);
  }

  /**
   * The series, over periods from the first to the last day of {@code span} (an open end: the
   * request's, else this index's selection's), split by these sources.
   *
   * @param span the whole cluster's first and last day, or null for this index's
   * @param splitBy the sources the cluster chose to split by, or null to choose them here
   */
  TrendResult run(TrendQuery request, DateRange span, List<String> splitBy) throws IOException {
    List<List<Part>> queries = new ArrayList<>();
    Map<TextAnalysis, FixedBitSet> articlesOf = new EnumMap<>(TextAnalysis.class);
    for (String term : request.terms()) {
      List<Part> parts = new ArrayList<>(); // every series checked before any work
      for (Map.Entry<TextAnalysis, Query> each : seriesQueries(parsing, term).entrySet()) {
        if (parsing.present().size() == 1) {
          parts.add(new Part(each.getValue(), null, null));
        } else {
          parts.add(
              new Part(
                  each.getValue(),
                  each.getKey(),
                  articlesOf.computeIfAbsent(each.getKey(), this::articlesAnalysedBy)));
        }
      }
      queries.add(parts);
    }
    FixedBitSet selected = selection(request);
    Buckets periods =
        Buckets.everyPeriod(reader, selected, request.by(), span != null ? span : request.range());
    List<TrendSeries> series = new ArrayList<>();
    if (request.splitSources() == 0) {
      for (int i = 0; i < queries.size(); i++) {
        series.add(series(request.terms().get(i), null, count(queries.get(i), periods), periods));
      }
      return new TrendResult(request.by().label(), series);
    }
    // Every source's series spans the same periods as the whole selection, so they line up.
    DateRange sourceSpan =
        span != null
            ? span
            : new DateRange(
                request.range().from() != null ? request.range().from() : periods.firstDay,
                request.range().to() != null ? request.range().to() : periods.lastDay);
    Buckets sources = Buckets.bySource(reader, selected);
    List<String> split = splitBy;
    if (split == null) {
      Map<String, Long> counts = new TreeMap<>();
      for (int s = 0; s < sources.labels.size(); s++) {
        counts.put(sources.labels.get(s), sources.documents[s]);
      }
      split = sourcesToSplitBy(counts, request.splitSources());
    }
    List<Buckets> periodsOfSource = new ArrayList<>();
    for (String source : split) {
      int bucket = sources.labels.indexOf(source);
      FixedBitSet fromSource = new FixedBitSet(selected.length());
      for (int doc = 0; doc < sources.bucketOf.length && bucket >= 0; doc++) {
        if (sources.bucketOf[doc] == bucket) {
          fromSource.set(doc);
        }
      }
      periodsOfSource.add(Buckets.everyPeriod(reader, fromSource, request.by(), sourceSpan));
    }
    for (int i = 0; i < queries.size(); i++) {
      for (int s = 0; s < split.size(); s++) {
        Buckets sourcePeriods = periodsOfSource.get(s);
        series.add(
            series(
                request.terms().get(i),
                split.get(s),
                count(queries.get(i), sourcePeriods),
                sourcePeriods));
      }
    }
    return new TrendResult(request.by().label(), series);
  }

  private FixedBitSet selection(TrendQuery request) throws IOException {
    return Selection.of(searcher, parsing, request.selection());
  }

  /**
   * The sources with most selected articles (then by name), as many as asked for.
   *
   * @param sources selected articles per source
   * @throws InvalidQueryException when no selected article has a source
   */
  static List<String> sourcesToSplitBy(Map<String, Long> sources, int wanted) {
    if (sources.isEmpty()) {
      // Split into nothing, the answer would be no series at all.
      throw new InvalidQueryException(
          "no selected article has a source, so there is nothing to split by;"
              + " 'corpus stats' lists the sources");
    }
    List<String> labels = new ArrayList<>(sources.keySet());
    labels.sort(
        Comparator.comparing((String source) -> sources.get(source))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(labels.subList(0, Math.min(wanted, labels.size())));
  }

  /**
   * The series of several shards, each counted over the same periods and sources ({@link #run} with
   * the cluster's span and sources), added up and tested as one index's.
   */
  static TrendResult merge(List<TrendResult> parts) {
    TrendResult first = parts.get(0);
    List<TrendSeries> merged = new ArrayList<>();
    for (int i = 0; i < first.series().size(); i++) {
      TrendSeries one = first.series().get(i);
      int periods = one.points().size();
      long[] count = new long[periods];
      long[] documents = new long[periods];
      long[] periodDocuments = new long[periods];
      long[] periodTokens = new long[periods];
      long undated = 0;
      for (TrendResult part : parts) {
        TrendSeries series = part.series().get(i);
        undated += series.undatedCount();
        for (int p = 0; p < periods; p++) {
          TrendPoint point = series.points().get(p);
          count[p] += point.count();
          documents[p] += point.documents();
          periodDocuments[p] += point.periodDocuments();
          periodTokens[p] += point.periodTokens();
        }
      }
      List<String> labels = new ArrayList<>();
      List<LocalDate> starts = new ArrayList<>();
      one.points().forEach(point -> labels.add(point.period()));
      one.points().forEach(point -> starts.add(point.start()));
      merged.add(
          series(
              one.term(),
              one.source(),
              labels,
              starts,
              new Counts(count, documents, undated),
              periodDocuments,
              periodTokens));
    }
    return new TrendResult(first.by(), merged);
  }

  /**
   * Query syntax a series term may not hold, each with what it is. A series counts a word or a
   * phrase as written; read literally, {@code russ*} or {@code putin OR xi} would be counted as the
   * words "russ" or "putin or xi" and report a silent zero.
   */
  private static final List<Map.Entry<Pattern, String>> QUERY_SYNTAX =
      List.of(
          Map.entry(Pattern.compile("[*?]"), "a wildcard"),
          Map.entry(Pattern.compile("(^|\\s)(AND|OR|NOT)(\\s|$)|&&|\\|\\|"), "an operator"),
          Map.entry(Pattern.compile("(^|\\s)[-+!]\\S"), "an exclusion or requirement"),
          Map.entry(Pattern.compile("[()\\[\\]{}]"), "grouping"),
          Map.entry(Pattern.compile("\\p{L}[\\p{L}_]*:\\S"), "a field"),
          Map.entry(Pattern.compile("[~^]"), "a fuzzy, proximity or boost mark"),
          Map.entry(Pattern.compile("^/.*/$"), "a regular expression"));

  private FixedBitSet articlesAnalysedBy(TextAnalysis analysis) {
    FixedBitSet articles = new FixedBitSet(Math.max(1, reader.maxDoc()));
    try {
      MatchingDocs.forEach(
          searcher,
          new TermQuery(QueryParsing.analysedBy(analysis)),
          (weight, segment, doc) -> articles.set(segment.docBase + doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  /**
   * The series as each analysis in the index reads it: a word as a term query, several words as a
   * phrase, analysed exactly like the text of that analysis's articles.
   */
  static Map<TextAnalysis, Query> seriesQueries(QueryParsing parsing, String text) {
    refuseQuerySyntax(text);
    Map<TextAnalysis, Query> queries = new EnumMap<>(TextAnalysis.class);
    for (TextAnalysis analysis : parsing.present()) {
      Query query = seriesQuery(parsing.analyzers().query(analysis), text);
      if (query != null) {
        queries.put(analysis, query);
      }
    }
    if (queries.isEmpty()) {
      throw new InvalidQueryException("'" + Messages.quoted(text) + "' has no words to count");
    }
    return queries;
  }

  /** The words of the series as one analyzer reads them, or null when it finds none. */
  private static Query seriesQuery(Analyzer analyzer, String text) {
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
      return null;
    }
    return terms.size() == 1 ? new TermQuery(terms.get(0)) : phrase.build();
  }

  private static void refuseQuerySyntax(String text) {
    if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
      throw new InvalidQueryException(
          "'" + Messages.quoted(text) + "' has an unbalanced quote; a phrase is \"li qiang\"");
    }
    for (Map.Entry<Pattern, String> syntax : QUERY_SYNTAX) {
      if (syntax.getKey().matcher(text).find()) {
        throw new InvalidQueryException(
            "'"
                + Messages.quoted(text)
                + "' holds query syntax ("
                + syntax.getValue()
                + "), but words and phrases are counted here as written: give a word or a"
                + " phrase (a trend series each), and narrow the articles with --query");
      }
    }
  }

  private Counts count(List<Part> parts, Buckets periods) throws IOException {
    long[] count = new long[periods.labels.size()];
    long[] documents = new long[periods.labels.size()];
    long[] undated = new long[1];
    for (Part part : parts) {
      count(part, periods, count, documents, undated);
    }
    return new Counts(count, documents, undated[0]);
  }

  private void count(Part part, Buckets periods, long[] count, long[] documents, long[] undated)
      throws IOException {
    FixedBitSet articles = part.articles();
    Query query =
        articles == null
            ? part.query()
            : new BooleanQuery.Builder()
                .add(part.query(), BooleanClause.Occur.MUST)
                .add(
                    new TermQuery(QueryParsing.analysedBy(part.analysis())),
                    BooleanClause.Occur.FILTER)
                .build();
    if (part.query() instanceof TermQuery word) {
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
          if (articles == null || articles.get(leaf.docBase + doc)) {
            add(periods.bucketOf[leaf.docBase + doc], postings.freq(), count, documents, undated);
          }
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
            add(periods.bucketOf[segment.docBase + doc], found, count, documents, undated);
          });
    }
  }

  private static void add(int period, int found, long[] count, long[] documents, long[] undated) {
    if (found == 0 || period == Buckets.NOT_SELECTED) {
      return;
    }
    if (period == Buckets.UNDATED) {
      undated[0] += found;
      return;
    }
    count[period] += found;
    documents[period]++;
  }

  private static TrendSeries series(String term, String source, Counts counts, Buckets periods) {
    return series(
        term, source, periods.labels, periods.starts, counts, periods.documents, periods.tokens);
  }

  /**
   * @param periodDocuments selected articles in each period
   * @param periodTokens their tokens
   */
  private static TrendSeries series(
      String term,
      String source,
      List<String> labels,
      List<LocalDate> starts,
      Counts counts,
      long[] periodDocuments,
      long[] periodTokens) {
    List<TrendPoint> points = new ArrayList<>();
    long total = 0;
    int withArticles = 0;
    for (int p = 0; p < labels.size(); p++) {
      long tokens = periodTokens[p];
      points.add(
          new TrendPoint(
              labels.get(p),
              starts.get(p),
              counts.count()[p],
              counts.documents()[p],
              periodDocuments[p],
              tokens,
              Rates.perMillion(counts.count()[p], tokens)));
      total += counts.count()[p];
      withArticles += periodDocuments[p] > 0 ? 1 : 0;
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
      return new TrendSeries(term, source, total, counts.undated(), null, note, points);
    }
    MannKendall.Result r = test.get();
    TrendTestResult trendTest =
        new TrendTestResult(
            MannKendall.METHOD, r.n(), r.s(), r.tau(), r.z(), r.pValue(), r.slope());
    return new TrendSeries(term, source, total, counts.undated(), trendTest, null, points);
  }
}

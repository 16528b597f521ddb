package corpus.query.lucene;

import corpus.index.Analyzers;
import corpus.index.UserDictionary;
import corpus.query.CompareQuery;
import corpus.query.DateRange;
import corpus.query.DocumentsQuery;
import corpus.query.KwicQuery;
import corpus.query.KwicResult;
import corpus.query.Languages;
import corpus.query.SearchQuery;
import corpus.query.SearchResult;
import corpus.query.Sources;
import corpus.query.TrendQuery;
import corpus.query.TrendResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;

/**
 * What one shard of a cluster answers: this backend's own counting code, run on the shard's index,
 * as parts that the machine that asked adds up ({@code corpus.query.solr}). A shard's articles are
 * indexed exactly as a local index's, so the same code reads them the same way.
 */
public final class ShardAnswers {
  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final QueryParsing parsing;
  private final ArticlePaths paths;

  /**
   * @param reader the shard's index at its last commit
   * @param rootField the sorted doc-values field that holds each article's corpus folder
   * @param dictionary the user dictionary the shard's Chinese articles were segmented with
   */
  public ShardAnswers(IndexReader reader, String rootField, UserDictionary dictionary)
      throws IOException {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.parsing = QueryParsing.of(reader, new Analyzers(dictionary));
    this.paths = ArticlePaths.absolute(doc -> rootOf(rootField, doc));
  }

  private Path rootOf(String rootField, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    SortedDocValues roots = DocValues.getSorted(leaf.reader(), rootField);
    if (!roots.advanceExact(doc - leaf.docBase)) {
      throw new IOException("an article of this shard has no " + rootField);
    }
    return Path.of(roots.lookupOrd(roots.ordValue()).utf8ToString());
  }

  /** Live articles. */
  public long count() {
    return reader.numDocs();
  }

  public KnownNames missing(Sources sources, Languages languages) throws IOException {
    return KnownNames.missingIn(reader, sources, languages);
  }

  public StatsPart stats(Sources sources, Languages languages) throws IOException {
    return new StatsSummary(reader)
        .part(selection(sources, languages), everyArticle(sources, languages));
  }

  /**
   * A page of the different words of the articles {@link #stats} counts, in byte order.
   *
   * @param after the last word of the previous page, or null for the first
   * @param size words of the dictionary a page looks at
   */
  public WordsPage words(Sources sources, Languages languages, String after, int size)
      throws IOException {
    return new StatsSummary(reader)
        .words(selection(sources, languages), everyArticle(sources, languages), after, size);
  }

  /**
   * A page of the articles, in id order, with absolute paths.
   *
   * @param after the last id of the previous page, or null
   * @param size ids a page covers
   */
  public DocumentPage documents(DocumentsQuery query, String after, int size) throws IOException {
    return new DocumentListing(reader, paths).page(query, after, size);
  }

  /** What this shard's scoring of the search reads, for the cluster to add up. */
  public ScoringStats scoringStats(SearchQuery query) throws IOException {
    return ScoringStats.of(reader, HitSearch.filtered(parsing.parse(query.query()), query));
  }

  /** The shard's best hits, scored with the whole cluster's statistics, with absolute paths. */
  public SearchResult search(SearchQuery query, ScoringStats cluster) throws IOException {
    return new HitSearch(cluster.searcher(reader), paths, parsing).run(query);
  }

  /** The shards' hits as one index would rank them ({@link #search} for each shard first). */
  public static SearchResult mergeSearch(List<SearchResult> parts, SearchQuery query) {
    return HitSearch.merge(parts, query);
  }

  /** The shard's concordance lines, in order, cut to the limit. */
  public KwicResult kwic(KwicQuery query) throws IOException {
    return new Concordance(searcher, parsing).run(query);
  }

  /** The shards' concordance lines as one index would order them. */
  public static KwicResult mergeKwic(List<KwicResult> parts, KwicQuery query) {
    return Concordance.merge(parts, query);
  }

  /** What the shards must agree on before a trend is counted (its periods, its sources). */
  public TrendFacts trendFacts(TrendQuery query) throws IOException {
    return new TermTrend(searcher, parsing).facts(query);
  }

  /**
   * The shard's series over the periods of the cluster's span, split by the cluster's sources.
   *
   * @param splitBy the sources to split by, when the query splits
   */
  public TrendResult trend(TrendQuery query, DateRange span, List<String> splitBy)
      throws IOException {
    return new TermTrend(searcher, parsing).run(query, span, splitBy);
  }

  /**
   * The span and the sources every shard counts a trend over, from their {@link #trendFacts}: the
   * first and last selected day of them all (or the query's), the sources with most articles of
   * them all.
   */
  public static DateRange trendSpan(TrendQuery query, List<TrendFacts> facts) {
    LocalDate first = null;
    LocalDate last = null;
    for (TrendFacts shard : facts) {
      if (shard.firstDay() != null) {
        LocalDate shardFirst = LocalDate.parse(shard.firstDay());
        LocalDate shardLast = LocalDate.parse(shard.lastDay());
        first = first == null || shardFirst.isBefore(first) ? shardFirst : first;
        last = last == null || shardLast.isAfter(last) ? shardLast : last;
      }
    }
    return new DateRange(
        query.range().from() != null ? query.range().from() : first,
        query.range().to() != null ? query.range().to() : last);
  }

  /**
   * The sources to split a trend by, or null when it is not split.
   *
   * @throws corpus.query.InvalidQueryException when no selected article has a source
   */
  public static List<String> trendSources(TrendQuery query, List<TrendFacts> facts) {
    if (query.splitSources() == 0) {
      return null;
    }
    Map<String, Long> sources = new TreeMap<>();
    facts.forEach(shard -> shard.sources().forEach((s, n) -> sources.merge(s, n, Long::sum)));
    return TermTrend.sourcesToSplitBy(sources, query.splitSources());
  }

  /** The shards' series added up and tested as one index's. */
  public static TrendResult mergeTrend(List<TrendResult> parts) {
    return TermTrend.merge(parts);
  }

  /** The shard's parts of a frequency table. */
  /**
   * The shard's index with every near-duplicate copy taken for deleted, for the questions asked
   * with {@code --dedup}: each group counts once, as its canonical article, whichever shard holds
   * it.
   */
  public static DirectoryReader withoutCopies(DirectoryReader reader) throws IOException {
    return new DeduplicatedReader(reader);
  }

  /** How many of the articles of any of the sets are copies that {@code --dedup} sets aside. */
  public long copiesAmong(List<CompareQuery.Subset> sets) throws IOException {
    return DuplicateListing.copiesAmong(searcher, parsing, sets);
  }

  public FrequencyParts frequencies() {
    return new FrequencyParts(searcher, parsing);
  }

  /** The shard's parts of a comparison of two sets. */
  public ComparisonParts comparisons() {
    return new ComparisonParts(searcher, parsing);
  }

  /** The shard's parts of the collocates of a node. */
  public CollocationParts collocations() {
    return new CollocationParts(searcher, parsing);
  }

  private FixedBitSet selection(Sources sources, Languages languages) throws IOException {
    return Selection.of(searcher, parsing, DateRange.ALL, sources, languages, null);
  }

  private static boolean everyArticle(Sources sources, Languages languages) {
    return sources.all() && languages.all();
  }
}

package corpus.query.solr;

import com.fasterxml.jackson.databind.JavaType;
import corpus.query.CollocateComparison;
import corpus.query.CollocateComparisonQuery;
import corpus.query.CollocatesQuery;
import corpus.query.CollocatesResult;
import corpus.query.CompareQuery;
import corpus.query.CompareResult;
import corpus.query.Corpus;
import corpus.query.CorpusStats;
import corpus.query.DocumentInfo;
import corpus.query.DocumentList;
import corpus.query.DocumentsQuery;
import corpus.query.DuplicateGroupList;
import corpus.query.DuplicatesQuery;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
import corpus.query.IndexInfo;
import corpus.query.IndexRequest;
import corpus.query.KwicQuery;
import corpus.query.KwicResult;
import corpus.query.Languages;
import corpus.query.SearchHit;
import corpus.query.SearchQuery;
import corpus.query.SearchResult;
import corpus.query.Sources;
import corpus.query.TrendQuery;
import corpus.query.TrendResult;
import corpus.query.lucene.ArticlePaths;
import corpus.query.lucene.DocumentPage;
import corpus.query.lucene.KnownNames;
import corpus.query.lucene.ScoringStats;
import corpus.query.lucene.ShardAnswers;
import corpus.query.lucene.StatsPart;
import corpus.query.lucene.TrendFacts;
import corpus.query.lucene.WordsPage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A corpus answered by a SolrCloud collection: every shard runs the local backend's own counting
 * code on its articles and sends its part; the parts are added up here exactly as the local backend
 * finishes its one part, so both give the same answer. Questions the cluster cannot answer yet say
 * so.
 */
final class SolrCorpus implements Corpus {
  private final Cluster cluster;
  private final List<RunRecord> runs;

  /** Live articles when the corpus was opened, for every answer's meta. */
  private final long documents;

  /** The collection's last grouping of near-duplicates, or null if it was never grouped. */
  private final ClusterGrouping.State grouping;

  SolrCorpus(Cluster cluster, List<RunRecord> runs) throws IOException {
    this(cluster, runs, count(cluster), ClusterGrouping.recorded(cluster));
  }

  private SolrCorpus(
      Cluster cluster, List<RunRecord> runs, long documents, ClusterGrouping.State grouping) {
    this.cluster = cluster;
    this.runs = List.copyOf(runs);
    this.documents = documents;
    this.grouping = grouping;
  }

  /** The similarity the collection's near-duplicates were grouped from. */
  private double dupThreshold() {
    return grouping == null ? IndexRequest.DEFAULT_DUP_THRESHOLD : grouping.threshold();
  }

  @Override
  public IndexInfo info() {
    Instant last =
        runs.stream().map(RunRecord::indexedAt).max(Comparator.naturalOrder()).orElse(null);
    return new IndexInfo(
        documents,
        last,
        String.join(", ", runs.stream().map(RunRecord::root).sorted().toList()),
        dupThreshold());
  }

  static long count(Cluster cluster) throws IOException {
    long documents = 0;
    for (Object part :
        cluster.askShards(Wire.Op.COUNT, List.of(), Wire.JSON.constructType(Long.class))) {
      documents += (Long) part;
    }
    return documents;
  }

  /**
   * Still current while the collection's run records, grouping and number of articles are those it
   * was opened with: an index run from any machine changes them. Two quick questions of the
   * cluster, where opening again costs a new connection.
   */
  @Override
  public boolean current() throws IOException {
    return runs.equals(SolrStore.runs(cluster))
        && Objects.equals(grouping, ClusterGrouping.recorded(cluster))
        && documents == count(cluster);
  }

  @Override
  public Optional<String> freshnessNote() {
    Optional<String> unfinished =
        runs.stream()
            .filter(run -> !run.complete())
            .findFirst()
            .map(
                run ->
                    "the last index run of "
                        + run.root()
                        + " into the collection did not finish; answers are from what it had sent");
    if (unfinished.isPresent() || grouping == null || grouping.complete()) {
      return unfinished;
    }
    return Optional.of(
        "the last grouping of near-duplicates did not write every replica's groups; dups and"
            + " --dedup may answer from older groups until the next index run");
  }

  /**
   * Articles asked for per shard in pages of this many ids: a shard's answer stays a few MB, where
   * a whole shard's list at once (450,000 articles of a 1 GB corpus) failed.
   */
  private static final int DOCUMENTS_PAGE = 10_000;

  @Override
  public DocumentList documents(DocumentsQuery query) throws IOException {
    known(query.sources(), query.languages());
    List<DocumentInfo> documents = new ArrayList<>();
    JavaType page = Wire.JSON.constructType(DocumentPage.class);
    for (String shard : cluster.shards()) {
      String after = null;
      for (boolean done = false; !done; ) {
        DocumentPage part =
            cluster.askShard(
                shard, Wire.Op.DOCS, new Wire.DocsPage(query, after, DOCUMENTS_PAGE), page);
        part.documents().forEach(document -> documents.add(shown(document)));
        after = part.last();
        done = part.done();
      }
    }
    documents.sort(Comparator.comparing(DocumentInfo::id).thenComparing(DocumentInfo::path));
    return new DocumentList(List.copyOf(documents));
  }

  /** The article with its path shown as locally, and the id (not the key) of its canonical one. */
  private DocumentInfo shown(DocumentInfo d) {
    return new DocumentInfo(
        d.id(),
        ArticlePaths.shown(Path.of(d.path())),
        d.title(),
        d.date(),
        d.dateSource(),
        d.source(),
        d.sourceOrigin(),
        d.language(),
        d.languageOrigin(),
        d.tokens(),
        d.duplicateOf() == null ? null : idOfKey(d.duplicateOf()),
        d.similarity());
  }

  /**
   * The id of the article of a key: the key less the longest origin it starts with. A copy's
   * canonical article is named by its key, unique in the collection, and shown by its id, as a
   * local index shows it.
   */
  private String idOfKey(String key) {
    String id = key;
    int longest = -1;
    for (RunRecord run : runs) {
      String prefix = SolrIndexer.keyOf(run.origin(), "");
      if (key.startsWith(prefix) && prefix.length() > longest) {
        longest = prefix.length();
        id = key.substring(prefix.length());
      }
    }
    return id;
  }

  @Override
  public CorpusStats stats(Sources sources, Languages languages) throws IOException {
    known(sources, languages);
    Wire.Subset subset = new Wire.Subset(sources, languages);
    List<StatsPart> parts = ask(Wire.Op.STATS, subset, StatsPart.class);
    long distinctTerms =
        parts.size() == 1 ? parts.get(0).distinctTerms() : distinctWords(subset, parts.size());
    return StatsPart.finish(parts, distinctTerms);
  }

  /** Words of the dictionary a page of {@link Wire.Op#WORDS} looks at. */
  private static final int WORDS_PAGE = 100_000;

  /**
   * Words do not add up across shards: the shards' sorted word lists are merged page by page and
   * the different words counted, never held all at once.
   */
  private long distinctWords(Wire.Subset subset, int shards) throws IOException {
    long[] distinct = new long[1];
    SortedPages.merge(
        shards,
        SortedPages.ofShards(
            cluster,
            Wire.Op.WORDS,
            after -> new Wire.WordsArgs(subset, after, WORDS_PAGE),
            WordsPage.class,
            p -> new SortedPages.Page<>(p.words(), p.last(), p.done())),
        word -> word,
        (word, same) -> word,
        word -> distinct[0]++);
    return distinct[0];
  }

  /** Refuses a language or source that no shard has an article of, as a local index does. */
  private void known(Sources sources, Languages languages) throws IOException {
    KnownNames missing = null;
    for (KnownNames part :
        ask(Wire.Op.MISSING, new Wire.Subset(sources, languages), KnownNames.class)) {
      missing = missing == null ? part : missing.and(part);
    }
    if (missing != null) {
      missing.refuseAny();
    }
  }

  private <T> List<T> ask(Wire.Op op, Object args, Class<T> answer) throws IOException {
    return cluster.askShards(op, args, Wire.JSON.constructType(answer));
  }

  /**
   * In two rounds, as Solr's exact statistics do: every shard says what its scoring of the query
   * reads, and then scores with the sums, so an article's BM25 score is what one local index of all
   * the articles gives it.
   */
  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    known(query.sources(), query.languages());
    ScoringStats stats = ScoringStats.sum(ask(Wire.Op.SCORING, query, ScoringStats.class));
    List<SearchResult> parts = new ArrayList<>();
    for (SearchResult part :
        ask(Wire.Op.SEARCH, new Wire.SearchArgs(query, stats), SearchResult.class)) {
      List<SearchHit> hits = new ArrayList<>();
      for (SearchHit hit : part.hits()) {
        hits.add(
            new SearchHit(
                hit.id(),
                ArticlePaths.shown(Path.of(hit.path())),
                hit.title(),
                hit.date(),
                hit.source(),
                hit.score(),
                hit.snippet()));
      }
      parts.add(new SearchResult(part.totalHits(), hits));
    }
    return ShardAnswers.mergeSearch(parts, query);
  }

  @Override
  public KwicResult kwic(KwicQuery query) throws IOException {
    known(query.sources(), query.languages());
    return ShardAnswers.mergeKwic(ask(Wire.Op.KWIC, query, KwicResult.class), query);
  }

  @Override
  public FrequencyResult frequencies(FrequencyQuery query) throws IOException {
    known(query.sources(), query.languages());
    return new ClusterFrequencies(cluster).answer(query);
  }

  /**
   * In two rounds: the shards say what their selections span (and which sources they have), then
   * every shard counts over the same periods and sources, and the counts are added up and tested as
   * one index's.
   */
  @Override
  public TrendResult trend(TrendQuery query) throws IOException {
    known(query.sources(), query.languages());
    List<TrendFacts> facts = ask(Wire.Op.TREND_FACTS, query, TrendFacts.class);
    Wire.TrendArgs counted =
        new Wire.TrendArgs(
            query, ShardAnswers.trendSpan(query, facts), ShardAnswers.trendSources(query, facts));
    return ShardAnswers.mergeTrend(ask(Wire.Op.TREND, counted, TrendResult.class));
  }

  @Override
  public CompareResult compare(CompareQuery query) throws IOException {
    known(query.a().sources(), query.a().languages());
    known(query.b().sources(), query.b().languages());
    return new ClusterComparison(cluster).answer(query);
  }

  @Override
  public CollocatesResult collocates(CollocatesQuery query) throws IOException {
    known(query.sources(), query.languages());
    return new ClusterCollocations(cluster).answer(query);
  }

  @Override
  public CollocateComparison collocates(CollocateComparisonQuery query) throws IOException {
    known(query.a().sources(), query.a().languages());
    known(query.b().sources(), query.b().languages());
    return new ClusterCollocations(cluster).answer(query);
  }

  @Override
  public DuplicateGroupList duplicates(DuplicatesQuery query) throws IOException {
    return new ClusterDuplicateListing(cluster, this::idOfKey)
        .list(query, dupThreshold(), documents);
  }

  /**
   * The same collection, every shard answering with its near-duplicate copies set aside: a group's
   * canonical article stays, on whichever shard it is.
   */
  @Override
  public Corpus deduplicated() {
    return new SolrCorpus(cluster.withoutCopies(), runs, documents, grouping);
  }

  @Override
  public long copiesAmong(List<CompareQuery.Subset> sets) throws IOException {
    for (CompareQuery.Subset set : sets) {
      known(set.sources(), set.languages());
    }
    long copies = 0;
    for (Long part : ask(Wire.Op.DUP_COPIES, sets, Long.class)) {
      copies += part;
    }
    return copies;
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }
}

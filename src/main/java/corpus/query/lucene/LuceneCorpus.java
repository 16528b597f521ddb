package corpus.query.lucene;

import static corpus.query.lucene.LuceneFailures.damageTold;
import static corpus.query.lucene.LuceneFailures.translated;

import corpus.index.Analyzers;
import corpus.index.IndexFacts;
import corpus.index.IndexFreshness;
import corpus.index.IndexMetadata;
import corpus.index.UserDictionary;
import corpus.query.Cancellation;
import corpus.query.CollocateComparison;
import corpus.query.CollocateComparisonQuery;
import corpus.query.CollocatesQuery;
import corpus.query.CollocatesResult;
import corpus.query.CompareQuery;
import corpus.query.CompareResult;
import corpus.query.Corpus;
import corpus.query.CorpusStats;
import corpus.query.DateRange;
import corpus.query.DocumentList;
import corpus.query.DocumentsQuery;
import corpus.query.DuplicateGroupList;
import corpus.query.DuplicatesQuery;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
import corpus.query.IndexInfo;
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
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The corpus as answered by the Lucene index on disk, read at its last commit. Lucene's own
 * exceptions end here ({@link LuceneFailures}).
 */
public final class LuceneCorpus implements Corpus {
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final IndexMetadata metadata;
  private final ArticlePaths paths;
  private final QueryParsing parsing;

  /** Whether closing this corpus closes the reader and directory: not for a view of another. */
  private final boolean owner;

  private LuceneCorpus(
      Directory directory, DirectoryReader reader, IndexMetadata metadata, boolean owner)
      throws IOException {
    this.owner = owner;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.metadata = metadata;
    this.paths = ArticlePaths.under(metadata.corpusRoot());
    this.parsing = QueryParsing.of(reader, new Analyzers(UserDictionary.of(metadata.userWords())));
  }

  /**
   * Opens the last commit of the index at {@code indexDir}.
   *
   * @throws IOException when there is no readable index of this tool there
   */
  public static LuceneCorpus open(Path indexDir) throws IOException {
    return open(indexDir, null);
  }

  /**
   * As {@link #open(Path)}, every question stopping soon after {@code cancellation} is requested
   * ({@link CancellableReader}); null for questions that always run to their end.
   */
  public static LuceneCorpus open(Path indexDir, Cancellation cancellation) throws IOException {
    return translated(() -> openUntranslated(indexDir, cancellation));
  }

  private static LuceneCorpus openUntranslated(Path indexDir, Cancellation cancellation)
      throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    try {
      DirectoryReader opened = DirectoryReader.open(directory);
      DirectoryReader reader =
          cancellation == null ? opened : CancellableReader.wrap(opened, cancellation);
      IndexMetadata metadata = IndexFacts.metadata(reader);
      if (metadata == null) {
        reader.close();
        throw new IOException(
            "the index at "
                + indexDir
                + " was not written by this version of corpus; run 'corpus index --rebuild'");
      }
      return new LuceneCorpus(directory, reader, metadata, true);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public IndexMetadata metadata() {
    return metadata;
  }

  @Override
  public Optional<String> freshnessNote() {
    return IndexFreshness.staleNote(metadata);
  }

  @Override
  public IndexInfo info() {
    return new IndexInfo(
        reader.numDocs(),
        metadata.indexedAt(),
        metadata.corpusRoot().toString(),
        metadata.dupThreshold());
  }

  @Override
  public DocumentList documents(DocumentsQuery query) throws IOException {
    return damageTold(
        directory,
        () ->
            new DocumentListing(reader, paths)
                .list(known(query.sources(), query.languages(), query)));
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    return damageTold(
        directory,
        () ->
            new HitSearch(searcher, paths, parsing)
                .run(known(query.sources(), query.languages(), query)));
  }

  @Override
  public KwicResult kwic(KwicQuery query) throws IOException {
    return damageTold(
        directory,
        () ->
            new Concordance(searcher, parsing)
                .run(known(query.sources(), query.languages(), query)));
  }

  @Override
  public FrequencyResult frequencies(FrequencyQuery query) throws IOException {
    return damageTold(
        directory,
        () ->
            new FrequencyCount(searcher, parsing)
                .run(known(query.sources(), query.languages(), query)));
  }

  @Override
  public TrendResult trend(TrendQuery query) throws IOException {
    return damageTold(
        directory,
        () ->
            new TermTrend(searcher, parsing).run(known(query.sources(), query.languages(), query)));
  }

  @Override
  public CompareResult compare(CompareQuery query) throws IOException {
    return damageTold(
        directory,
        () ->
            new TermComparison(searcher, parsing)
                .run(
                    known(
                        query.b().sources(),
                        query.b().languages(),
                        known(query.a().sources(), query.a().languages(), query))));
  }

  @Override
  public CollocatesResult collocates(CollocatesQuery query) throws IOException {
    return damageTold(
        directory,
        () ->
            new Collocation(searcher, parsing)
                .run(known(query.sources(), query.languages(), query)));
  }

  @Override
  public CollocateComparison collocates(CollocateComparisonQuery query) throws IOException {
    return damageTold(
        directory,
        () ->
            new Collocation(searcher, parsing)
                .compare(
                    known(
                        query.b().sources(),
                        query.b().languages(),
                        known(query.a().sources(), query.a().languages(), query))));
  }

  @Override
  public CorpusStats stats(Sources sources, Languages languages) throws IOException {
    return damageTold(
        directory,
        () ->
            new StatsSummary(reader)
                .compute(
                    Selection.of(
                        searcher,
                        parsing,
                        DateRange.ALL,
                        known(sources, languages, sources),
                        languages,
                        null),
                    sources.all() && languages.all()));
  }

  @Override
  public DuplicateGroupList duplicates(DuplicatesQuery query) throws IOException {
    return damageTold(
        directory, () -> new DuplicateListing(reader, metadata.dupThreshold()).list(query));
  }

  @Override
  public List<String> wordsStartingWith(String prefix, int limit) throws IOException {
    return translated(() -> WordPrefixes.startingWith(reader, prefix, limit));
  }

  @Override
  public Corpus deduplicated() throws IOException {
    if (reader instanceof DeduplicatedReader) {
      return this;
    }
    return new LuceneCorpus(directory, new DeduplicatedReader(reader), metadata, false);
  }

  @Override
  public long copiesAmong(List<CompareQuery.Subset> sets) throws IOException {
    return damageTold(
        directory,
        () -> {
          for (CompareQuery.Subset set : sets) {
            known(set.sources(), set.languages(), set);
          }
          return DuplicateListing.copiesAmong(searcher, parsing, sets);
        });
  }

  /**
   * The question, once every source and language it names is known to the index: a misspelt outlet
   * would otherwise answer with nothing at all.
   *
   * @throws InvalidQueryException naming the source or language no article has
   */
  private <Q> Q known(Sources sources, Languages languages, Q question) throws IOException {
    KnownNames.missingIn(reader, sources, languages).refuseAny();
    return question;
  }

  @Override
  public void close() throws IOException {
    if (!owner) {
      return;
    }
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}

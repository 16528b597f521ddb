package corpus.query.lucene;

import static corpus.query.lucene.LuceneFailures.translated;

import corpus.index.CorpusIndexer;
import corpus.index.IndexFreshness;
import corpus.index.IndexVerifier;
import corpus.index.TextAnalysis;
import corpus.query.Cancellation;
import corpus.query.Corpus;
import corpus.query.CorpusStore;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import corpus.query.VerifyReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;

/** A corpus kept in a Lucene index folder on this machine: today's one backend. */
public final class LocalStore implements CorpusStore {
  private final Path indexDir;

  public LocalStore(Path indexDir) {
    this.indexDir = indexDir;
  }

  @Override
  public String location() {
    return indexDir.toString();
  }

  @Override
  public String analyzer() {
    return TextAnalysis.describeAll();
  }

  @Override
  public boolean exists() throws IOException {
    return IndexFreshness.exists(indexDir);
  }

  @Override
  public void checkQuery(String query) {
    QueryChecks.query(query);
  }

  @Override
  public void checkTerm(String term) {
    QueryChecks.term(term);
  }

  @Override
  public String absentAdvice() {
    return "there is no index at "
        + indexDir
        + "; build it with 'corpus index DIR --index "
        + indexDir
        + "' (or wait for the index run that is building it)";
  }

  @Override
  public List<String> readUserDictionary(Path file) {
    return QueryChecks.userDictionary(file);
  }

  /** The generation of the index's last commit, from the names of its files alone. */
  @Override
  public String version() throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return "none";
    }
    try (Stream<Path> files = Files.list(indexDir)) {
      String[] names = files.map(file -> file.getFileName().toString()).toArray(String[]::new);
      return Long.toString(SegmentInfos.getLastCommitGeneration(names));
    }
  }

  @Override
  public Corpus open() throws IOException {
    return LuceneCorpus.open(indexDir);
  }

  @Override
  public Corpus open(Cancellation cancellation) throws IOException {
    return LuceneCorpus.open(indexDir, cancellation);
  }

  @Override
  public IndexSummary index(IndexRequest request, IndexProgress progress) throws IOException {
    return translated(
        () -> new CorpusIndexer(Clock.systemUTC()).index(indexDir, request, progress));
  }

  @Override
  public VerifyReport verify(boolean checksumsOnly) throws IOException {
    return new IndexVerifier().verify(indexDir, checksumsOnly);
  }
}

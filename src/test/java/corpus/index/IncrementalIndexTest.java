package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.DateRange;
import corpus.query.DocumentInfo;
import corpus.query.DocumentsQuery;
import corpus.query.FrequencyQuery;
import corpus.query.Granularity;
import corpus.query.IndexLockedException;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import corpus.query.SearchQuery;
import corpus.query.SearchSort;
import corpus.query.Sources;
import corpus.query.lucene.LuceneCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index run adds new files, replaces changed ones, removes deleted ones and leaves the rest. */
class IncrementalIndexTest {
  @TempDir Path temp;
  Path corpus;
  Path index;
  final CorpusIndexer indexer = new CorpusIndexer(Clock.systemUTC());

  @BeforeEach
  void threeArticles() throws Exception {
    corpus = Files.createDirectories(temp.resolve("corpus"));
    index = temp.resolve("index");
    write("a.txt", "Date: 2024-01-01\n\nThe harbour strike began.\n");
    write("b.txt", "Date: 2024-02-01\n\nThe drought went on.\n");
    write("sub/c.txt", "No date here, only a strike.\n");
  }

  private void write(String id, String text) throws Exception {
    Path file = corpus.resolve(id);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private IndexSummary run() throws Exception {
    return run(false);
  }

  private IndexSummary run(boolean rebuild) throws Exception {
    return indexer.index(index, new IndexRequest(corpus, "*.txt", rebuild, 2), IndexProgress.NONE);
  }

  private long hits(String query) throws Exception {
    try (LuceneCorpus opened = LuceneCorpus.open(index)) {
      return opened
          .search(new SearchQuery(query, DateRange.ALL, 0, SearchSort.RELEVANCE))
          .totalHits();
    }
  }

  private List<DocumentInfo> documents() throws Exception {
    try (LuceneCorpus opened = LuceneCorpus.open(index)) {
      return opened.documents(new DocumentsQuery(false)).documents();
    }
  }

  @Test
  void aFirstRunAddsEveryArticleAndListsTheUndatedOne() throws Exception {
    IndexSummary summary = run();
    assertEquals(
        List.of(3, 0, 0, 0),
        List.of(summary.added(), summary.updated(), summary.removed(), summary.unchanged()));
    assertEquals(List.of("sub/c.txt"), summary.undated());
    assertEquals(3, summary.documents());
  }

  @Test
  void aSecondRunWithNothingChangedTouchesNothing() throws Exception {
    run();
    IndexSummary again = run();
    assertEquals(
        List.of(0, 0, 0, 3),
        List.of(again.added(), again.updated(), again.removed(), again.unchanged()));
    assertEquals(3, documents().size());
  }

  @Test
  void changedAddedAndDeletedFilesAreReplacedAddedAndRemoved() throws Exception {
    run();
    write("a.txt", "Date: 2024-01-05\n\nThe harbour strike ended.\n");
    write("d.txt", "Date: 2024-03-01\n\nA new strike.\n");
    Files.delete(corpus.resolve("b.txt"));
    IndexSummary summary = run();
    assertEquals(
        List.of(1, 1, 1, 1),
        List.of(summary.added(), summary.updated(), summary.removed(), summary.unchanged()));
    List<DocumentInfo> documents = documents();
    assertEquals(
        List.of("a.txt", "d.txt", "sub/c.txt"), documents.stream().map(DocumentInfo::id).toList());
    assertEquals(LocalDate.of(2024, 1, 5), documents.get(0).date());
    assertEquals(0, hits("began"), "the old text of a.txt is gone");
    assertEquals(1, hits("ended"));
    assertEquals(0, hits("drought"), "the deleted file's words are gone");
    assertEquals(3, hits("strike"), "no duplicate of the replaced article");
  }

  @Test
  void aTouchedButUnchangedFileIsRecognisedByItsHash() throws Exception {
    run();
    Files.setLastModifiedTime(
        corpus.resolve("a.txt"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    IndexSummary summary = run();
    assertEquals(
        List.of(0, 0, 0, 3),
        List.of(summary.added(), summary.updated(), summary.removed(), summary.unchanged()));
  }

  @Test
  void aFileThatBecomesEmptyIsRemovedAndReportedAsSkipped() throws Exception {
    run();
    write("b.txt", "   \n");
    IndexSummary summary = run();
    assertEquals(1, summary.removed());
    assertEquals(
        List.of(new IndexSummary.SkippedFile("b.txt", "whitespace only")), summary.skipped());
    assertEquals(2, documents().size());
  }

  @Test
  void rebuildStartsOverWithTheSameResult() throws Exception {
    run();
    IndexSummary rebuilt = run(true);
    assertEquals(3, rebuilt.added());
    assertEquals(3, documents().size());
  }

  @Test
  void aSecondWriterFailsAtOnceNamingTheIndex() throws Exception {
    run();
    try (Directory dir = FSDirectory.open(index);
        IndexWriter held = new IndexWriter(dir, new IndexWriterConfig(new CorpusAnalyzer()))) {
      IndexLockedException e = assertThrows(IndexLockedException.class, this::run);
      assertTrue(e.getMessage().contains(index.toString()), e.getMessage());
      assertEquals(1, hits("began"), "readers still see the last commit while a writer runs");
    }
  }

  @Test
  void aRunThatFailsBeforeCommittingLeavesThePreviousCommitReadable() throws Exception {
    run();
    // A writer that adds documents and dies without committing, as a killed run would.
    try (Directory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new CorpusAnalyzer()))) {
      writer.deleteAll();
      writer.flush();
      writer.rollback();
    }
    assertEquals(3, documents().size());
    IndexSummary next = run();
    assertEquals(3, next.unchanged());
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsReplacedNotHalfReused() throws Exception {
    run();
    // The same documents, committed as if by a version of the tool with another schema.
    try (Directory dir = FSDirectory.open(index);
        IndexWriter older = new IndexWriter(dir, new IndexWriterConfig(new CorpusAnalyzer()))) {
      older.setLiveCommitData(Map.of("schema_version", "0").entrySet(), true);
      older.commit();
    }
    IndexSummary summary = run();
    assertEquals(
        List.of(3, 0, 0, 0),
        List.of(summary.added(), summary.updated(), summary.removed(), summary.unchanged()));
    assertEquals(3, documents().size());
  }

  @Test
  void countsAfterAnUpdateIgnoreTheReplacedAndDeletedArticles() throws Exception {
    run();
    write("a.txt", "Date: 2024-01-01\n\nThe harbour reopened.\n");
    Files.delete(corpus.resolve("b.txt"));
    run();
    try (LuceneCorpus opened = LuceneCorpus.open(index)) {
      var table =
          opened
              .frequencies(
                  new FrequencyQuery(100, DateRange.ALL, null, Granularity.NONE, 1, true, 1))
              .tables()
              .get(0);
      Map<String, Long> counts = new HashMap<>();
      table.rows().forEach(row -> counts.put(row.term(), row.count()));
      assertEquals(
          Map.of(
              "the",
              1L,
              "harbour",
              1L,
              "reopened",
              1L,
              "no",
              1L,
              "date",
              1L,
              "here",
              1L,
              "only",
              1L,
              "a",
              1L,
              "strike",
              1L),
          counts);
      assertEquals(2, table.documents());
      var stats = opened.stats(Sources.ALL);
      assertEquals(
          9, stats.distinctTerms(), "words only in replaced or deleted articles are not counted");
      assertEquals(2, stats.documents());
    }
  }

  @Test
  void queriesDuringARunSeeTheLastCommitAndASecondWriterFailsAtOnce() throws Exception {
    run();
    write("d.txt", "Date: 2024-03-01\n\nAnother strike.\n");
    write("e.txt", "Date: 2024-04-01\n\nAnd one more strike.\n");
    AtomicLong seenDuringTheRun = new AtomicLong(-1);
    AtomicReference<Exception> secondWriter = new AtomicReference<>();
    IndexProgress duringTheRun =
        new IndexProgress() {
          @Override
          public synchronized void fileDone(long bytes) {
            if (seenDuringTheRun.get() >= 0) {
              return;
            }
            try {
              seenDuringTheRun.set(hits("strike"));
              indexer.index(index, new IndexRequest(corpus, "*.txt", false, 1), IndexProgress.NONE);
            } catch (Exception e) {
              secondWriter.set(e);
            }
          }
        };
    indexer.index(index, new IndexRequest(corpus, "*.txt", false, 2), duringTheRun);
    assertEquals(
        2, seenDuringTheRun.get(), "a query in the middle of the run answers from the last commit");
    assertTrue(
        secondWriter.get() instanceof IndexLockedException,
        "a second run fails at once: " + secondWriter.get());
    assertTrue(
        secondWriter.get().getMessage().contains(index.toString()),
        secondWriter.get().getMessage());
    assertEquals(4, hits("strike"), "after the run, its commit");
  }
}

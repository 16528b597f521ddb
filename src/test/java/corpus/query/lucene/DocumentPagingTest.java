package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.index.CorpusIndexer;
import corpus.index.Schema;
import corpus.index.UserDictionary;
import corpus.query.DocumentInfo;
import corpus.query.DocumentsQuery;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.Languages;
import corpus.query.Sources;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A shard of a cluster lists its articles page by page ({@link DocumentListing#page}); the pages
 * read one after the other are the whole listing, whatever the page size and whatever the question
 * leaves out.
 */
class DocumentPagingTest {
  @TempDir static Path temp;

  /** The hand-counted fixture, indexed into a folder of its own under the test's. */
  private static Path indexedFixture(String name) throws Exception {
    Path dir = temp.resolve(name);
    new CorpusIndexer(Clock.systemUTC())
        .index(
            dir,
            new IndexRequest(FixtureCountsTest.FIXTURE, "*.txt", false, 2),
            IndexProgress.NONE);
    return dir;
  }

  @ParameterizedTest(name = "pages of {0} ids")
  @ValueSource(ints = {1, 2, 3, 7, 1000})
  void pagesReadInTurnAreTheWholeListing(int size) throws Exception {
    Path dir = indexedFixture("index-" + size);
    List<DocumentsQuery> questions =
        List.of(
            new DocumentsQuery(false),
            new DocumentsQuery(true),
            new DocumentsQuery(false, new Sources(List.of("nosuch"))),
            new DocumentsQuery(false, Sources.ALL, new Languages(List.of("en"))));
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      DocumentListing listing =
          new DocumentListing(reader, ArticlePaths.under(FixtureCountsTest.FIXTURE));
      assertTrue(reader.numDocs() > 10, "the fixture has articles to page through");
      for (DocumentsQuery question : questions) {
        List<DocumentInfo> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        for (boolean done = false; !done; pages++) {
          DocumentPage page = listing.page(question, after, size);
          assertTrue(page.documents().size() <= size, "a page holds at most its ids");
          paged.addAll(page.documents());
          after = page.last();
          done = page.done();
        }
        assertEquals(listing.list(question).documents(), paged, question.toString());
        // Every id is in exactly one page: as many pages as it takes, and one more only when the
        // ids fill the last page exactly.
        int ids = reader.numDocs();
        assertTrue(pages >= (ids + size - 1) / size && pages <= ids / size + 1, "pages: " + pages);
      }
    }
  }

  /**
   * A shard's different words page by page ({@link StatsSummary#words}): the pages read in turn are
   * every word of the selection, in byte order, as many as {@code stats} counts.
   */
  @ParameterizedTest(name = "pages of {0} dictionary words")
  @ValueSource(ints = {1, 2, 5, 50, 100_000})
  void wordPagesReadInTurnAreEveryWordCounted(int size) throws Exception {
    Path dir = indexedFixture("words-" + size);
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      ShardAnswers shard = new ShardAnswers(reader, Schema.ID, UserDictionary.EMPTY);
      for (Sources sources : List.of(Sources.ALL, new Sources(List.of("nosuch")))) {
        List<String> paged = new ArrayList<>();
        String after = null;
        for (boolean done = false; !done; ) {
          WordsPage page = shard.words(sources, Languages.ALL, after, size);
          assertTrue(page.words().size() <= size, "a page holds at most the words it looked at");
          assertTrue(page.done() || !page.last().equals(after), "each page moves on");
          paged.addAll(page.words());
          after = page.last();
          done = page.done();
        }
        List<String> sorted = new ArrayList<>(paged);
        sorted.sort((x, y) -> new BytesRef(x).compareTo(new BytesRef(y)));
        assertEquals(sorted, paged, "in byte order");
        assertEquals(paged.size(), new HashSet<>(paged).size(), "each word once");
        assertEquals(shard.stats(sources, Languages.ALL).distinctTerms(), paged.size());
      }
    }
  }
}

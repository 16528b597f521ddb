package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import corpus.index.CorpusIndexer;
import corpus.query.DateRange;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.Granularity;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.KwicQuery;
import corpus.query.KwicSort;
import corpus.query.SearchQuery;
import corpus.query.SearchSort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts on the hand-made fixture corpus against the table in its README, checked by hand. */
class FixtureCountsTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixture-corpus");

  @TempDir static Path temp;
  static LuceneCorpus corpus;

  @BeforeAll
  static void index() throws Exception {
    corpus = indexFixture(temp);
  }

  /** Indexes the fixture corpus into {@code temp} and opens it; the caller closes it. */
  static LuceneCorpus indexFixture(Path temp) throws Exception {
    Path dir = temp.resolve("index");
    new CorpusIndexer(Clock.systemUTC())
        .index(dir, new IndexRequest(FIXTURE, "*.txt", false, 2), IndexProgress.NONE);
    return LuceneCorpus.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    corpus.close();
  }

  private static FrequencyRow row(FrequencyTable table, String term) {
    return table.rows().stream().filter(r -> r.term().equals(term)).findFirst().orElse(null);
  }

  @ParameterizedTest(name = "{0}: {1} times in {2} articles")
  @CsvSource({"strike, 15, 11", "drought, 15, 9", "harbour, 13, 11"})
  void wordCountsMatchTheHandCount(String term, long count, long documents) throws Exception {
    FrequencyResult result =
        corpus.frequencies(
            new FrequencyQuery(10_000, DateRange.ALL, null, Granularity.NONE, 1, true, 1));
    FrequencyRow row = row(result.tables().get(0), term);
    assertEquals(count, row.count());
    assertEquals(documents, row.documents());
    assertEquals(
        count,
        corpus.kwic(new KwicQuery(term, DateRange.ALL, 20, KwicSort.DATE, 0)).totalMatches());
    assertEquals(
        documents,
        corpus.search(new SearchQuery(term, DateRange.ALL, 0, SearchSort.RELEVANCE)).totalHits());
  }

  @ParameterizedTest(name = "{0} per month: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "strike; 2023-05=2,2023-06=3,2023-07=4,2023-08=1,2023-09=1,2023-10=1,2023-11=1,2024-01=1",
        "drought; 2023-06=3,2023-07=3,2023-08=2,2023-09=2,2023-10=1,2023-11=1,2024-03=2",
        "harbour; 2023-05=2,2023-06=2,2023-07=4,2023-08=1,2023-09=1,2023-10=1,2023-11=1"
      })
  void perMonthCountsMatchTheHandCount(String term, String expected) throws Exception {
    FrequencyResult result =
        corpus.frequencies(
            new FrequencyQuery(10_000, DateRange.ALL, null, Granularity.MONTH, 1, true, 1));
    Map<String, Long> perMonth = new HashMap<>();
    for (FrequencyTable table : result.tables()) {
      FrequencyRow row = row(table, term);
      if (row != null) {
        perMonth.put(table.period(), row.count());
      }
    }
    Map<String, Long> want = new HashMap<>();
    for (String pair : expected.split(",")) {
      String[] parts = pair.split("=");
      want.put(parts[0], Long.parseLong(parts[1]));
    }
    assertEquals(want, perMonth);
    assertEquals(1, result.undatedDocuments());
  }

  @Test
  void quartersAndWeeksAddUpTheHandCountedMonths() throws Exception {
    Map<String, Long> perQuarter = new HashMap<>();
    for (FrequencyTable table :
        corpus
            .frequencies(
                new FrequencyQuery(10_000, DateRange.ALL, null, Granularity.QUARTER, 1, true, 1))
            .tables()) {
      FrequencyRow row = row(table, "strike");
      if (row != null) {
        perQuarter.put(table.period(), row.count());
      }
    }
    // From the months above: 2023-05..06 = 2+3, 07..09 = 4+1+1, 10..11 = 1+1, 2024-01 = 1.
    assertEquals(Map.of("2023-Q2", 5L, "2023-Q3", 6L, "2023-Q4", 2L, "2024-Q1", 1L), perQuarter);

    FrequencyResult weekly =
        corpus.frequencies(
            new FrequencyQuery(10_000, DateRange.ALL, null, Granularity.WEEK, 1, true, 1));
    long strikes = 0;
    long documents = 0;
    for (FrequencyTable table : weekly.tables()) {
      assertEquals(true, table.period().matches("\\d{4}-W\\d{2}"), table.period());
      FrequencyRow row = row(table, "strike");
      strikes += row == null ? 0 : row.count();
      documents += table.documents();
    }
    assertEquals(14, strikes, "15 in all, one of them in the undated article");
    assertEquals(14, documents, "every dated article in exactly one week");
    assertEquals(1, weekly.undatedDocuments());
  }

  @Test
  void thePhrasePortAuthorityIsFoundTenTimesInTenArticles() throws Exception {
    assertEquals(
        10,
        corpus
            .kwic(new KwicQuery("\"port authority\"", DateRange.ALL, 20, KwicSort.DATE, 0))
            .totalMatches());
    assertEquals(
        10,
        corpus
            .search(new SearchQuery("\"port authority\"", DateRange.ALL, 0, SearchSort.DATE))
            .totalHits());
    FrequencyResult bigrams =
        corpus.frequencies(
            new FrequencyQuery(10_000, DateRange.ALL, null, Granularity.NONE, 1, true, 2));
    FrequencyRow row = row(bigrams.tables().get(0), "port authority");
    assertEquals(10, row.count());
    assertEquals(10, row.documents());
  }

  @Test
  void aDateRangeKeepsOnlyArticlesInsideItAndTheirTokens() throws Exception {
    DateRange july = new DateRange(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31));
    FrequencyTable table =
        corpus
            .frequencies(new FrequencyQuery(10_000, july, null, Granularity.NONE, 1, true, 1))
            .tables()
            .get(0);
    assertEquals(3, table.documents());
    assertEquals(4, row(table, "strike").count());
    assertEquals(3, row(table, "drought").count());
    FrequencyTable monthly =
        corpus
            .frequencies(
                new FrequencyQuery(10_000, DateRange.ALL, null, Granularity.MONTH, 1, true, 1))
            .tables()
            .stream()
            .filter(t -> "2023-07".equals(t.period()))
            .findFirst()
            .orElseThrow();
    assertEquals(table.tokens(), monthly.tokens());
  }

  @Test
  void stopWordsAreLeftOutOfTheTableUnlessKept() throws Exception {
    FrequencyTable without =
        corpus
            .frequencies(
                new FrequencyQuery(10_000, DateRange.ALL, null, Granularity.NONE, 1, false, 1))
            .tables()
            .get(0);
    FrequencyTable with =
        corpus
            .frequencies(
                new FrequencyQuery(10_000, DateRange.ALL, null, Granularity.NONE, 1, true, 1))
            .tables()
            .get(0);
    assertEquals(null, row(without, "the"));
    assertEquals(true, row(with, "the").count() > 50);
    assertEquals(without.tokens(), with.tokens(), "stop words still count in the token total");
  }

  @Test
  void theWindows1252ArticleIsSearchableWithItsAccents() throws Exception {
    var hits = corpus.search(new SearchQuery("café", DateRange.ALL, 0, SearchSort.RELEVANCE));
    assertEquals(1, hits.totalHits());
    assertEquals("harbour-cafe.txt", hits.hits().get(0).id());
  }
}

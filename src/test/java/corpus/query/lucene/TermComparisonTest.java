package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.CompareQuery;
import corpus.query.CompareResult;
import corpus.query.CompareRow;
import corpus.query.DateRange;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.Granularity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare on the hand-counted fixture corpus, held to freq's tables for the same two ranges. */
class TermComparisonTest {
  private static final DateRange SUMMER =
      new DateRange(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 7, 31));
  private static final DateRange LATER =
      new DateRange(LocalDate.of(2023, 8, 1), LocalDate.of(2024, 3, 31));

  @TempDir static Path temp;
  static LuceneCorpus corpus;

  @BeforeAll
  static void index() throws Exception {
    corpus = FixtureCountsTest.indexFixture(temp);
  }

  @AfterAll
  static void close() throws Exception {
    corpus.close();
  }

  private static CompareQuery.Subset period(DateRange range) {
    return new CompareQuery.Subset(range, null);
  }

  private static FrequencyTable freq(DateRange range) throws Exception {
    return corpus
        .frequencies(new FrequencyQuery(100_000, range, null, Granularity.NONE, 1, true, 1))
        .tables()
        .get(0);
  }

  @Test
  void countsAndTotalsAgreeWithFreqForEachPeriod() throws Exception {
    CompareResult result =
        corpus.compare(new CompareQuery(period(SUMMER), period(LATER), 100_000, 1, true));
    FrequencyTable a = freq(SUMMER);
    FrequencyTable b = freq(LATER);
    assertEquals(a.documents(), result.aDocuments());
    assertEquals(a.tokens(), result.aTokens());
    assertEquals(b.tokens(), result.bTokens());
    Map<String, Long> aCounts = new HashMap<>();
    a.rows().forEach(r -> aCounts.put(r.term(), r.count()));
    Map<String, Long> bCounts = new HashMap<>();
    b.rows().forEach(r -> bCounts.put(r.term(), r.count()));
    for (CompareRow row : result.rows()) {
      assertEquals(aCounts.getOrDefault(row.term(), 0L), row.aCount(), row.term());
      assertEquals(bCounts.getOrDefault(row.term(), 0L), row.bCount(), row.term());
    }
    long wordsInEither =
        Stream.concat(aCounts.keySet().stream(), bCounts.keySet().stream()).distinct().count();
    assertEquals(wordsInEither, result.rows().size());
  }

  @Test
  void strikeFellAfterTheSummer() throws Exception {
    CompareResult result =
        corpus.compare(new CompareQuery(period(SUMMER), period(LATER), 100_000, 1, true));
    CompareRow strike =
        result.rows().stream().filter(r -> r.term().equals("strike")).findFirst().orElseThrow();
    assertEquals(9, strike.aCount(), "fixture README: 2 + 3 + 4 from May to July 2023");
    assertEquals(5, strike.bCount(), "1 + 1 + 1 + 1 + 1 from August 2023 to March 2024");
    assertTrue(strike.logRatio() < 0, "relatively less frequent later");
    for (int i = 1; i < result.rows().size(); i++) {
      assertTrue(
          result.rows().get(i - 1).logLikelihood() >= result.rows().get(i).logLikelihood(),
          "sorted by G²");
    }
  }

  @Test
  void topMinCountAndStopWords() throws Exception {
    CompareResult all =
        corpus.compare(new CompareQuery(period(SUMMER), period(LATER), 100_000, 3, false));
    CompareResult top =
        corpus.compare(new CompareQuery(period(SUMMER), period(LATER), 5, 3, false));
    assertEquals(all.rows().subList(0, 5), top.rows());
    assertTrue(all.rows().stream().allMatch(r -> r.aCount() + r.bCount() >= 3));
    assertTrue(all.rows().stream().noneMatch(r -> r.term().equals("the")));
  }

  /**
   * Sets that share articles: a word counts in both, so a + b may pass the minimum count though the
   * word occurs fewer times in the corpus. Rows are exactly the words with a + b at least the
   * minimum, counted independently by freq over each set.
   */
  @Test
  void overlappingSetsCountAWordInBoth() throws Exception {
    CompareQuery.Subset all = new CompareQuery.Subset(DateRange.ALL, null);
    CompareQuery.Subset strike = new CompareQuery.Subset(DateRange.ALL, "strike");
    Map<String, Long> inAll = new HashMap<>();
    freqOf(null).rows().forEach(r -> inAll.put(r.term(), r.count()));
    Map<String, Long> inStrike = new HashMap<>();
    freqOf("strike").rows().forEach(r -> inStrike.put(r.term(), r.count()));
    int minCount = 6;
    Set<String> expected = new TreeSet<>();
    boolean onlyThroughTheOverlap = false;
    for (Map.Entry<String, Long> word : inAll.entrySet()) {
      long both = word.getValue() + inStrike.getOrDefault(word.getKey(), 0L);
      if (both >= minCount) {
        expected.add(word.getKey());
        onlyThroughTheOverlap |= word.getValue() < minCount;
      }
    }
    assertTrue(onlyThroughTheOverlap, "the fixture has a word that passes only by the overlap");
    CompareResult result = corpus.compare(new CompareQuery(all, strike, 100_000, minCount, true));
    Set<String> rows = new TreeSet<>();
    result.rows().forEach(r -> rows.add(r.term()));
    assertEquals(expected, rows);
  }

  private static FrequencyTable freqOf(String query) throws Exception {
    return corpus
        .frequencies(
            new FrequencyQuery(100_000, DateRange.ALL, query, Granularity.NONE, 1, true, 1))
        .tables()
        .get(0);
  }

  @Test
  void twoQueriesCanBeTheTwoSets() throws Exception {
    CompareResult result =
        corpus.compare(
            new CompareQuery(
                new CompareQuery.Subset(DateRange.ALL, "strike"),
                new CompareQuery.Subset(DateRange.ALL, "drought"),
                10,
                1,
                true));
    FrequencyRow drought =
        corpus
            .frequencies(
                new FrequencyQuery(100_000, DateRange.ALL, "drought", Granularity.NONE, 1, true, 1))
            .tables()
            .get(0)
            .rows()
            .stream()
            .filter(r -> r.term().equals("drought"))
            .findFirst()
            .orElseThrow();
    CompareRow row =
        result.rows().stream().filter(r -> r.term().equals("drought")).findFirst().orElseThrow();
    assertEquals(drought.count(), row.bCount());
    assertThrows(
        IllegalArgumentException.class,
        () -> new CompareQuery(period(SUMMER), period(SUMMER), 10, 1, true));
  }
}

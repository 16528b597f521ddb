package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.DateRange;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.query.Granularity;
import corpus.query.InvalidQueryException;
import corpus.query.TrendPoint;
import corpus.query.TrendQuery;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Series on the hand-counted fixture corpus (see its README): every period, zeros included. */
class TermTrendTest {
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

  private static TrendSeries series(String term, Granularity by, DateRange range) throws Exception {
    return corpus.trend(new TrendQuery(List.of(term), by, range, null)).series().get(0);
  }

  private static Map<String, Long> counts(TrendSeries series) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TrendPoint point : series.points()) {
      counts.put(point.period(), point.count());
    }
    return counts;
  }

  @Test
  void everyMonthFromTheFirstArticleToTheLastWithTheHandCounts() throws Exception {
    TrendSeries strike = series("strike", Granularity.MONTH, DateRange.ALL);
    Map<String, Long> expected = new LinkedHashMap<>();
    String[] months = {
      "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12",
      "2024-01", "2024-02", "2024-03"
    };
    long[] hand = {2, 3, 4, 1, 1, 1, 1, 0, 1, 0, 0};
    for (int i = 0; i < months.length; i++) {
      expected.put(months[i], hand[i]);
    }
    assertEquals(expected, counts(strike));
    assertEquals(14, strike.total());
    assertEquals(1, strike.undatedCount(), "the undated article's strike is counted apart");
    long[] articlesPerMonth = {1, 3, 3, 1, 2, 1, 1, 0, 1, 0, 1};
    for (int i = 0; i < months.length; i++) {
      assertEquals(articlesPerMonth[i], strike.points().get(i).periodDocuments(), months[i]);
    }
    TrendPoint december = strike.points().get(7);
    assertEquals(0, december.periodTokens());
    assertEquals(0.0, december.perMillion());
  }

  @ParameterizedTest
  @EnumSource(value = Granularity.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void agreesWithFreqInEveryPeriod(Granularity by) throws Exception {
    for (String term : List.of("strike", "drought", "harbour", "the")) {
      Map<String, TrendPoint> trend = new LinkedHashMap<>();
      for (TrendPoint point : series(term, by, DateRange.ALL).points()) {
        trend.put(point.period(), point);
      }
      List<FrequencyTable> tables =
          corpus
              .frequencies(new FrequencyQuery(100_000, DateRange.ALL, null, by, 1, true, 1))
              .tables();
      for (FrequencyTable table : tables) {
        TrendPoint point = trend.get(table.period());
        assertNotNull(point, by + " " + table.period());
        FrequencyRow row =
            table.rows().stream().filter(r -> r.term().equals(term)).findFirst().orElse(null);
        assertEquals(row == null ? 0 : row.count(), point.count(), term + " " + table.period());
        assertEquals(
            row == null ? 0 : row.documents(), point.documents(), term + " " + table.period());
        assertEquals(
            row == null ? 0.0 : row.perMillion(), point.perMillion(), term + " " + table.period());
        assertEquals(table.documents(), point.periodDocuments());
        assertEquals(table.tokens(), point.periodTokens());
      }
      long withArticles = trend.values().stream().filter(p -> p.periodDocuments() > 0).count();
      assertEquals(
          tables.size(),
          withArticles,
          "freq has a table for each period with articles, trend has them all");
    }
  }

  @Test
  void aPhraseIsCountedAsOneMatch() throws Exception {
    TrendSeries phrase = series("Port Authority", Granularity.YEAR, DateRange.ALL);
    assertEquals(
        10, phrase.total() + phrase.undatedCount(), "the fixture README: 10 times in 10 articles");
    assertEquals(
        List.of("2023", "2024"), phrase.points().stream().map(TrendPoint::period).toList());
  }

  @Test
  void anExplicitRangeShowsItsEmptyPeriodsToo() throws Exception {
    TrendSeries strike =
        series(
            "strike",
            Granularity.QUARTER,
            new DateRange(LocalDate.of(2023, 1, 15), LocalDate.of(2024, 12, 31)));
    assertEquals(
        List.of(
            "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"),
        strike.points().stream().map(TrendPoint::period).toList());
    assertEquals(0, strike.points().get(0).count());
    assertEquals(0, strike.undatedCount(), "a date range leaves undated articles out");
  }

  @Test
  void theTrendTestNeedsFourPeriodsWithArticles() throws Exception {
    TrendSeries byYear = series("strike", Granularity.YEAR, DateRange.ALL);
    assertNull(byYear.trendTest());
    assertTrue(byYear.trendNote().contains("2 period(s) with articles"), byYear.trendNote());

    TrendSeries byMonth = series("strike", Granularity.MONTH, DateRange.ALL);
    assertNull(byMonth.trendNote());
    assertEquals(9, byMonth.trendTest().periods(), "11 months, 2 of them without articles");
    assertTrue(byMonth.trendTest().pValue() >= 0 && byMonth.trendTest().pValue() <= 1);
  }

  @Test
  void severalSeriesKeepTheirOrderAndAWordlessTermIsRefused() throws Exception {
    TrendResult result =
        corpus.trend(
            new TrendQuery(List.of("harbour", "strike"), Granularity.MONTH, DateRange.ALL, null));
    assertEquals("month", result.by());
    assertEquals(
        List.of("harbour", "strike"), result.series().stream().map(TrendSeries::term).toList());
    assertThrows(
        InvalidQueryException.class,
        () ->
            corpus.trend(
                new TrendQuery(List.of("strike", "--"), Granularity.MONTH, DateRange.ALL, null)));
  }
}

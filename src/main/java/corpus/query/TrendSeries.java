package corpus.query;

import java.util.List;

/**
 * One word or phrase over time.
 *
 * @param term as asked
 * @param source the source (outlet) the series counts in, when split by source; else null
 * @param total occurrences in the selected dated articles
 * @param undatedCount occurrences in selected articles without a date, which belong to no period
 * @param trendTest null when no test could be made; {@code trendNote} says why
 * @param trendNote why there is no test, or null
 * @param points every period from the first to the last, empty ones included
 */
public record TrendSeries(
    String term,
    String source,
    long total,
    long undatedCount,
    TrendTestResult trendTest,
    String trendNote,
    List<TrendPoint> points) {
  public TrendSeries(
      String term,
      long total,
      long undatedCount,
      TrendTestResult trendTest,
      String trendNote,
      List<TrendPoint> points) {
    this(term, null, total, undatedCount, trendTest, trendNote, points);
  }

  public TrendSeries {
    points = List.copyOf(points);
  }

  /** How the series is named to a reader: {@code putin}, or {@code putin (TASS)} when split. */
  public String label() {
    return source == null ? term : term + " (" + source + ")";
  }
}

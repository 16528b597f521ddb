package corpus.query;

import java.util.List;

/**
 * @param by the period's name ({@code month}, ...)
 * @param series one per word or phrase asked, in the order asked
 */
public record TrendResult(String by, List<TrendSeries> series) implements Result {
  public TrendResult {
    series = List.copyOf(series);
  }
}

package corpus.query;

import java.time.LocalDate;

/**
 * Inclusive publication-date bounds; either end may be open (null). Undated articles fall outside
 * every range that has a bound.
 */
public record DateRange(LocalDate from, LocalDate to) {
  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  public boolean unbounded() {
    return from == null && to == null;
  }
}

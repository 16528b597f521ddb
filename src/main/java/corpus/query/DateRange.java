package corpus.query;

import java.time.LocalDate;

/**
 * Inclusive publication-date bounds; either end may be open (null). Undated articles fall outside
 * every range that has a bound.
 */
public record DateRange(LocalDate from, LocalDate to) {
  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    check(from, to, "--from", "--to");
  }

  /**
   * A range given by options with other names, such as compare's {@code --a-from} and {@code
   * --a-to}, so a backwards range is refused in the words the user typed.
   *
   * @throws IllegalArgumentException when {@code from} is after {@code to}
   */
  public static DateRange of(LocalDate from, LocalDate to, String fromOption, String toOption) {
    check(from, to, fromOption, toOption);
    return new DateRange(from, to);
  }

  private static void check(LocalDate from, LocalDate to, String fromOption, String toOption) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          fromOption + " " + from + " is after " + toOption + " " + to);
    }
  }

  public boolean unbounded() {
    return from == null && to == null;
  }
}

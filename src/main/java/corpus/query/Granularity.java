package corpus.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar periods that dated articles are grouped by; a period is named by its label, and labels
 * sort in calendar order. Weeks are ISO-8601: they start on Monday and belong to the year that
 * holds their Thursday, so 2021-01-03 is in 2020-W53. Dates carry no time of day or zone, so no
 * time zone can move an article to another period.
 */
public enum Granularity {
  NONE,
  YEAR,
  QUARTER,
  MONTH,
  WEEK,
  DAY;

  /**
   * The period a date falls in: {@code 2023}, {@code 2023-Q2}, {@code 2023-05}, {@code 2023-W21},
   * {@code 2023-05-24}; null for NONE.
   */
  public String periodOf(LocalDate date) {
    return switch (this) {
      case NONE -> null;
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case QUARTER ->
          String.format(
              Locale.ROOT, "%04d-Q%d", date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> date.toString();
    };
  }

  /**
   * The first day of the period a date falls in.
   *
   * @throws IllegalStateException for NONE, which has no periods
   */
  public LocalDate startOf(LocalDate date) {
    return switch (this) {
      case NONE -> throw new IllegalStateException("NONE has no periods");
      case YEAR -> date.withDayOfYear(1);
      case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
      case MONTH -> date.withDayOfMonth(1);
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case DAY -> date;
    };
  }

  /** The first day of the period after the one that starts on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case NONE -> throw new IllegalStateException("NONE has no periods");
      case YEAR -> start.plusYears(1);
      case QUARTER -> start.plusMonths(3);
      case MONTH -> start.plusMonths(1);
      case WEEK -> start.plusWeeks(1);
      case DAY -> start.plusDays(1);
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

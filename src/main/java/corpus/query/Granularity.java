package corpus.query;

import java.time.LocalDate;
import java.util.Locale;

/** Calendar periods that dated articles are grouped by; a period is named by its label. */
public enum Granularity {
  NONE,
  YEAR,
  MONTH,
  DAY;

  /** The period a date falls in: {@code 2023}, {@code 2023-05}, {@code 2023-05-24}; null for NONE. */
  public String periodOf(LocalDate date) {
    return switch (this) {
      case NONE -> null;
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case DAY -> date.toString();
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

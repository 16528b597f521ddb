package corpus.cli;

import corpus.query.Granularity;

/** What {@code freq --by} makes one table per: nothing, a period, or a source (outlet). */
enum FreqTables {
  NONE,
  YEAR,
  QUARTER,
  MONTH,
  WEEK,
  DAY,
  SOURCE;

  /** The period of a table per period; NONE for one table, or a table per source. */
  Granularity period() {
    return this == SOURCE ? Granularity.NONE : Granularity.valueOf(name());
  }
}

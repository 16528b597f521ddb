package corpus.report;

import corpus.query.Result;
import java.util.List;

/**
 * How one kind of result is laid out as rows: its flat table for CSV and JSON lines beside what a
 * person reads in a terminal. One implementation per result type, so a new command adds one layout
 * and touches no other; JSON is written from the result record itself.
 */
public interface Layout<R extends Result> {
  /** One table holding everything, for CSV and JSON lines: no headings, one row per item. */
  Table rows(R result);

  /**
   * What a person reads in a terminal.
   *
   * @param unicode block characters may be used (sparklines); else plain ASCII
   */
  List<Table> sections(R result, boolean unicode);
}

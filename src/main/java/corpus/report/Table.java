package corpus.report;

import java.util.List;

/**
 * A result laid out as rows, the shape the table, CSV and JSON-lines writers share.
 *
 * @param heading a line printed above the table by the human renderer, or null
 * @param columns snake_case column names
 * @param rows cells: String, Number, LocalDate, {@link corpus.query.Snippet}, or null
 * @param layout how a person reads it in a terminal; ignored by the machine formats
 */
public record Table(String heading, List<String> columns, List<List<Object>> rows, Layout layout) {

  public enum Layout {
    /** Aligned columns. */
    COLUMNS,
    /** Aligned columns with the {@code left} context right-aligned against the match. */
    CONCORDANCE,
    /** Aligned columns, with the last column on its own indented line below each row. */
    BLOCKS
  }

  public Table {
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  public Table(String heading, List<String> columns, List<List<Object>> rows) {
    this(heading, columns, rows, Layout.COLUMNS);
  }

  Table withLayout(String newHeading, Layout newLayout) {
    return new Table(newHeading, columns, rows, newLayout);
  }
}

package corpus.report;

import corpus.query.Snippet;
import java.time.LocalDate;

/** How one cell value is written as text. */
final class Cells {
  private Cells() {}

  static final String MARK_START = "<mark>";
  static final String MARK_END = "</mark>";

  /** Machine formats: matches in a snippet wrapped in {@code <mark>} tags, as in HTML. */
  static String marked(Snippet snippet, String start, String end) {
    StringBuilder out = new StringBuilder();
    int position = 0;
    for (Snippet.Span span : snippet.marks()) {
      out.append(snippet.text(), position, span.start())
          .append(start)
          .append(snippet.text(), span.start(), span.end())
          .append(end);
      position = span.end();
    }
    return out.append(snippet.text().substring(position)).toString();
  }

  /**
   * Plain text of a cell for CSV: never scientific notation, empty for a missing value (and for a
   * number that is not one, as JSON writes null).
   */
  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? "" : Numbers.plain(d).toPlainString();
    }
    if (cell instanceof Snippet snippet) {
      return marked(snippet, MARK_START, MARK_END);
    }
    if (cell instanceof LocalDate date) {
      return date.toString();
    }
    return cell.toString();
  }
}

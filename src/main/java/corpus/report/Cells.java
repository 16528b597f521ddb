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

  /**
   * Text for one cell of a terminal table: a line break or tab becomes a space and any other
   * control character shows as {@code ?}, so a file name or title holding one can neither break its
   * row nor send escape sequences to the terminal. Character for character, so the marks of a
   * snippet stay where they were.
   */
  static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = LINE_BREAKS.indexOf(c) >= 0 ? ' ' : Character.isISOControl(c) ? '?' : c;
      if (shown != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(shown);
      }
    }
    return out == null ? text : out.toString();
  }

  private static final String LINE_BREAKS = "\n\r\t\u000b\f\u0085\u2028\u2029";

  /** The first {@code length} characters at most, never ending in half a surrogate pair. */
  static String prefix(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }
}

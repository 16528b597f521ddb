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

  /**
   * The first characters of {@code text} that fill at most {@code columns} terminal columns (see
   * {@link #width}), never ending in half a character.
   */
  static String prefix(String text, int columns) {
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int next = used + width(codePoint);
      if (next > columns) {
        break;
      }
      used = next;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end);
  }

  /**
   * How many columns a terminal gives the text: two for East Asian wide and full-width characters
   * (Chinese, Japanese, Korean, and emoji), none for combining marks and format characters, one for
   * the rest, as wcwidth(3) counts them. Counting UTF-16 units instead misaligns every table that
   * holds Chinese.
   */
  static int width(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      columns += width(codePoint);
      i += Character.charCount(codePoint);
    }
    return columns;
  }

  private static int width(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /** The East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, merged. */
  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}

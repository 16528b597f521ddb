package corpus.report;

import corpus.query.Snippet;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The human format: headed, aligned columns; matches highlighted in colour or [bracketed]. */
final class TableRenderer {
  /**
   * Wider cells are cut with an ellipsis so a row stays on one line; the last column is not, unless
   * the row's detail follows on its own line below (search's title, above its snippet).
   */
  private static final int MAX_CELL = 60;

  private static final String BOLD_RED = "\u001b[1;31m";
  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  TableRenderer(boolean colour) {
    this.colour = colour;
  }

  void render(List<Table> tables, Writer out) throws IOException {
    boolean first = true;
    for (Table table : tables) {
      if (!first) {
        out.write('\n');
      }
      first = false;
      if (table.heading() != null) {
        out.write(Cells.oneLine(table.heading()));
        out.write('\n');
      }
      // A header over no rows says nothing the heading's count does not ("0 hits").
      if (!table.rows().isEmpty()) {
        renderRows(table, out);
      }
    }
  }

  private void renderRows(Table table, Writer out) throws IOException {
    boolean blocks = table.layout() == Table.Layout.BLOCKS;
    int shown = blocks ? table.columns().size() - 1 : table.columns().size();
    List<String[]> lines = new ArrayList<>();
    lines.add(table.columns().subList(0, shown).toArray(new String[0]));
    for (List<Object> row : table.rows()) {
      String[] cells = new String[shown];
      for (int c = 0; c < shown; c++) {
        String text = plain(row.get(c));
        cells[c] =
            (c < shown - 1 || blocks) && Cells.width(text) > MAX_CELL
                ? Cells.prefix(text, MAX_CELL - 1) + "…"
                : text;
      }
      lines.add(cells);
    }
    boolean[] numeric = numericColumns(table, shown);
    int[] widths = new int[shown];
    for (String[] cells : lines) {
      for (int c = 0; c < shown; c++) {
        widths[c] = Math.max(widths[c], Cells.width(cells[c]));
      }
    }
    for (int r = 0; r < lines.size(); r++) {
      String[] cells = lines.get(r);
      List<Object> row = r == 0 ? null : table.rows().get(r - 1);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < shown; c++) {
        boolean last = c == shown - 1;
        boolean right = row != null && (numeric[c] || isLeftContext(table, c));
        String cell = cells[c];
        String padding = " ".repeat(widths[c] - Cells.width(cell));
        if (table.layout() == Table.Layout.CONCORDANCE
            && row != null
            && "match".equals(table.columns().get(c))) {
          cell = highlight(cell);
        }
        boolean readOn = readsOn(table, c);
        if (right) {
          line.append(padding).append(cell);
        } else {
          line.append(cell).append(last || readOn ? "" : padding);
        }
        if (!last) {
          // A concordance line reads on from the left context through the match into the right
          // one, which carry their own spaces: "Vladimir Putin, Moscow", not "Putin  , Moscow".
          line.append(readOn || readsOn(table, c + 1) ? (row == null ? " " : "") : "  ");
        }
      }
      out.write(line.toString().stripTrailing());
      out.write('\n');
      if (blocks && row != null) {
        Object detail = row.get(table.columns().size() - 1);
        out.write("    ");
        out.write(detail instanceof Snippet snippet ? highlight(snippet) : plain(detail));
        out.write("\n\n");
      }
    }
  }

  /** The match and right-context columns of a concordance, which follow on without a gap. */
  private static boolean readsOn(Table table, int column) {
    if (table.layout() != Table.Layout.CONCORDANCE || column >= table.columns().size()) {
      return false;
    }
    String name = table.columns().get(column);
    return name.equals("match") || name.equals("right");
  }

  private static boolean isLeftContext(Table table, int column) {
    return table.layout() == Table.Layout.CONCORDANCE && "left".equals(table.columns().get(column));
  }

  private String highlight(Snippet snippet) {
    Snippet shown = new Snippet(Cells.oneLine(snippet.text()), snippet.marks());
    return colour ? Cells.marked(shown, BOLD_RED, RESET) : Cells.marked(shown, "[", "]");
  }

  private String highlight(String match) {
    return colour ? BOLD_RED + match + RESET : match;
  }

  /**
   * Columns whose cells are all numbers (or missing) are right-aligned; a column that mixes numbers
   * with text (verify's and stats' values) is read as text, left-aligned, so a number does not
   * drift to the far edge of a long string.
   */
  private static boolean[] numericColumns(Table table, int shown) {
    boolean[] numeric = new boolean[shown];
    for (int c = 0; c < shown; c++) {
      boolean any = false;
      boolean all = true;
      for (List<Object> row : table.rows()) {
        Object cell = row.get(c);
        boolean number = cell instanceof Number || cell instanceof Decimal;
        any |= number;
        all &= number || cell == null;
      }
      numeric[c] = any && all;
    }
    return numeric;
  }

  private static String plain(Object cell) {
    return Cells.oneLine(text(cell));
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "-";
    }
    if (cell instanceof Decimal decimal) {
      return String.format(Locale.ROOT, decimal.format(), decimal.value());
    }
    if (cell instanceof Double d) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    if (cell instanceof LocalDate date) {
      return date.toString();
    }
    if (cell instanceof Snippet snippet) {
      return snippet.text();
    }
    return cell.toString();
  }
}

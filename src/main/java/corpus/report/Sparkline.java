package corpus.report;

/** A series drawn in one line of characters, one per value, for a table heading. */
final class Sparkline {
  private Sparkline() {}

  private static final String BLOCKS = "▁▂▃▄▅▆▇█";
  private static final String ASCII = "_.-:=+*#";

  /** Where a value is missing (NaN: a period without articles has no rate). */
  private static final char NO_VALUE = ' ';

  /**
   * Heights scale from zero to the largest value, so a flat series of zeros is a flat floor and the
   * same value always draws the same height within one line. A missing value (NaN) is a gap, so "no
   * articles" never looks like "articles, none of them with the word".
   */
  static String of(double[] values, boolean unicode) {
    String glyphs = unicode ? BLOCKS : ASCII;
    double max = 0;
    for (double value : values) {
      if (!Double.isNaN(value)) {
        max = Math.max(max, value);
      }
    }
    var line = new StringBuilder(values.length);
    for (double value : values) {
      if (Double.isNaN(value)) {
        line.append(NO_VALUE);
        continue;
      }
      int level = max <= 0 ? 0 : (int) Math.round(value / max * (glyphs.length() - 1));
      line.append(glyphs.charAt(Math.max(0, level)));
    }
    return line.toString();
  }
}

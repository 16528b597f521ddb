package corpus.report;

/** A series drawn in one line of characters, one per value, for a table heading. */
final class Sparkline {
  private Sparkline() {}

  private static final String BLOCKS = "▁▂▃▄▅▆▇█";
  private static final String ASCII = "_.-:=+*#";

  /**
   * Heights scale from zero to the largest value, so a flat series of zeros is a flat floor and the
   * same value always draws the same height within one line.
   */
  static String of(double[] values, boolean unicode) {
    String glyphs = unicode ? BLOCKS : ASCII;
    double max = 0;
    for (double value : values) {
      max = Math.max(max, value);
    }
    var line = new StringBuilder(values.length);
    for (double value : values) {
      int level = max <= 0 ? 0 : (int) Math.round(value / max * (glyphs.length() - 1));
      line.append(glyphs.charAt(Math.max(0, level)));
    }
    return line.toString();
  }
}

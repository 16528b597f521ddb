package corpus.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How numbers are written in the machine formats. Results carry full precision; rounding happens
 * here, once, to each field's documented decimals (README, "Output formats"), and no number is ever
 * written in scientific notation.
 */
final class Numbers {
  private Numbers() {}

  /**
   * Decimals by field name (JSON property or CSV column). Rates per million and relevance scores
   * are rounded so output is stable across platforms; statistics (G², log ratio, tau, z, p, Sen's
   * slope) keep full precision.
   */
  private static final Map<String, Integer> DECIMALS =
      Map.of("per_million", 4, "a_per_million", 4, "b_per_million", 4, "score", 4);

  /** The decimals a field is rounded to, or null for full precision. */
  static Integer decimalsOf(String field) {
    return DECIMALS.get(field);
  }

  /** The cell as a field of that name is written: rounded when the field has fixed decimals. */
  static Object forField(String field, Object cell) {
    Integer decimals = DECIMALS.get(field);
    return decimals != null && cell instanceof Double value ? round(value, decimals) : cell;
  }

  /** Half up, as {@link Math#round(double)}. */
  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  /**
   * 0.0001 rather than 1.0E-4, 6656.426 rather than 6656.4260: stable and easy to read. A decimal
   * field always shows a decimal point ({@code 0.0}, {@code 1.0}), so its type never depends on its
   * value: a reader that takes the first row's {@code 0} for an integer would be wrong.
   */
  static BigDecimal plain(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 1 ? decimal.setScale(1) : decimal;
  }
}

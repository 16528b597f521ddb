package corpus.stats;

import java.util.Arrays;

/**
 * A sum of doubles rounded once, at the end: Shewchuk's exact partials ("Adaptive precision
 * floating-point arithmetic and fast robust geometric predicates", <i>Discrete and Computational
 * Geometry</i> 18, 1997), as Python's {@code math.fsum} keeps them. The result is the exact sum of
 * the values added, correctly rounded, so it does not depend on their order: one index adding a
 * word's parts in document order and a cluster adding its shards' parts in another get the same
 * bits. Values must be finite.
 */
public final class ExactSum {
  /** Non-overlapping partial sums, smallest magnitude first; their exact sum is the sum so far. */
  private double[] partials = new double[4];

  private int count;

  public ExactSum add(double value) {
    double x = value;
    int kept = 0;
    for (int j = 0; j < count; j++) {
      double y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        double swap = x;
        x = y;
        y = swap;
      }
      double high = x + y;
      double low = y - (high - x);
      if (low != 0.0) {
        partials[kept++] = low;
      }
      x = high;
    }
    if (kept == partials.length) {
      partials = Arrays.copyOf(partials, kept * 2);
    }
    partials[kept++] = x;
    count = kept;
    return this;
  }

  /**
   * The partial sums kept so far: adding them to another sum adds exactly this sum's values, so
   * sums made in different places (a cluster's shards) can be added up without a rounding.
   */
  public double[] partials() {
    return Arrays.copyOf(partials, count);
  }

  /** Adds another sum's {@link #partials()}: the result is the exact sum of both. */
  public ExactSum addPartials(double[] others) {
    for (double partial : others) {
      add(partial);
    }
    return this;
  }

  /** The exact sum of every value added, rounded once to the nearest double (ties to even). */
  public double value() {
    if (count == 0) {
      return 0.0;
    }
    int j = count - 1;
    double high = partials[j];
    double low = 0.0;
    while (j > 0) {
      j--;
      double x = high;
      double y = partials[j];
      high = x + y;
      double rounded = high - x;
      low = y - rounded;
      if (low != 0.0) {
        break;
      }
    }
    // Half-way cases: the partials below may break the tie the other way (as math.fsum does).
    if (j > 0 && ((low < 0 && partials[j - 1] < 0) || (low > 0 && partials[j - 1] > 0))) {
      double y = low * 2;
      double x = high + y;
      if (y == x - high) {
        high = x;
      }
    }
    return high;
  }
}

package corpus.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Mann–Kendall test for a monotonic trend in a series, with Sen's slope (the Theil–Sen
 * estimator). Non-parametric, so it suits per-million rates, which are skewed and full of ties.
 * Formulas as in Gilbert, <i>Statistical Methods for Environmental Pollution Monitoring</i> (1987),
 * ch. 16–17, and Hipel and McLeod (1994): S counts rising minus falling pairs; its variance is
 * corrected for ties; Z is S with a continuity correction over its standard deviation; the p-value
 * is two-sided from the normal distribution.
 */
public final class MannKendall {
  private MannKendall() {}

  /** Below this many values the normal approximation means nothing; no test is made. */
  public static final int MIN_VALUES = 4;

  /**
   * Above this many values the pairwise slopes (n²/2 of them, kept to take their median) would cost
   * more memory than a query should: about 64 MB here. A coarser period is the answer.
   */
  public static final int MAX_VALUES = 4_000;

  public static final String METHOD =
      "Mann-Kendall (normal approximation, tie-corrected, two-sided); Sen's slope";

  /**
   * @param s rising pairs minus falling pairs
   * @param tau S over the number of pairs (Kendall's tau-a)
   * @param z S with continuity correction over its standard deviation
   * @param pValue two-sided probability of a trend at least this strong if there were none
   * @param slope Sen's slope: the median of the pairwise slopes, in units per step of the series
   */
  public record Result(
      int n, long s, double variance, double z, double tau, double pValue, double slope) {}

  /**
   * Empty when there are fewer than {@link #MIN_VALUES} or more than {@link #MAX_VALUES} values.
   */
  public static Optional<Result> test(double[] values) {
    double[] steps = new double[values.length];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = i;
    }
    return test(steps, values);
  }

  /**
   * A series with gaps: the values are in order, and {@code positions} (rising) say where each
   * stands, so Sen's slope is per step of the positions, not per value.
   */
  public static Optional<Result> test(double[] positions, double[] values) {
    if (positions.length != values.length) {
      throw new IllegalArgumentException("one position per value");
    }
    int n = values.length;
    if (n < MIN_VALUES || n > MAX_VALUES) {
      return Optional.empty();
    }
    long s = 0;
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Double.compare(values[j], values[i]) > 0 ? 1 : values[j] < values[i] ? -1 : 0;
        slopes[k++] = (values[j] - values[i]) / (positions[j] - positions[i]);
      }
    }
    double variance = (n * (n - 1.0) * (2 * n + 5) - tieTerm(values)) / 18;
    double z = s == 0 || variance == 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(variance);
    double pValue = Math.min(1, 2 * Normal.upperTail(Math.abs(z)));
    double tau = s / (n * (n - 1) / 2.0);
    return Optional.of(new Result(n, s, variance, z, tau, pValue, median(slopes)));
  }

  /** Σ t(t−1)(2t+5) over groups of t equal values. */
  private static double tieTerm(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double term = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      double t = j - i;
      term += t * (t - 1) * (2 * t + 5);
      i = j;
    }
    return term;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}

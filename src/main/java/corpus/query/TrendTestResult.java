package corpus.query;

/**
 * A test for a monotonic trend over a series' per-million values in the periods that have articles
 * (periods without any have no rate to test).
 *
 * @param method the test's name and variant
 * @param periods how many values were tested
 * @param s rising pairs minus falling pairs (Mann–Kendall S)
 * @param tau S over the number of pairs, from -1 (always falling) to 1 (always rising)
 * @param z the normal score of S
 * @param pValue two-sided
 * @param slopePerPeriod Sen's slope: the median change in per-million per period
 */
public record TrendTestResult(
    String method,
    int periods,
    long s,
    double tau,
    double z,
    double pValue,
    double slopePerPeriod) {}

package corpus.stats;

/**
 * How much a word's frequency differs between two corpora (here: two periods or two subsets).
 *
 * <p>Log-likelihood G² as in Rayson and Garside, "Comparing corpora using frequency profiling" (ACL
 * 2000 workshop): with counts a and b in corpora of c and d tokens, expected counts E1 =
 * c(a+b)/(c+d) and E2 = d(a+b)/(c+d), G² = 2(a ln(a/E1) + b ln(b/E2)), a term with a zero count
 * adding nothing. It says how sure the difference is (3.84 is p &lt; 0.05 at one degree of freedom,
 * 15.13 is p &lt; 0.0001), not how big it is.
 *
 * <p>Log ratio as in Hardie, "Log Ratio: an informal introduction" (CASS, 2014): the binary log of
 * the ratio of the two relative frequencies, a zero count taken as 0.5 so it stays finite. It says
 * how big the difference is: +1 is twice as frequent in the first corpus, -1 half as frequent.
 */
public final class Keyness {
  private Keyness() {}

  /** Hardie's stand-in for a zero count. */
  private static final double ZERO_COUNT = 0.5;

  /**
   * @param a count in the first corpus
   * @param b count in the second
   * @param c tokens in the first corpus (positive)
   * @param d tokens in the second (positive)
   */
  public static double logLikelihood(long a, long b, long c, long d) {
    double total = (double) c + d;
    double expectedA = c * (a + b) / total;
    double expectedB = d * (a + b) / total;
    return 2 * (term(a, expectedA) + term(b, expectedB));
  }

  /**
   * Same arguments as {@link #logLikelihood}; positive when the word is relatively more frequent in
   * the first corpus.
   */
  public static double logRatio(long a, long b, long c, long d) {
    double first = (a == 0 ? ZERO_COUNT : a) / (double) c;
    double second = (b == 0 ? ZERO_COUNT : b) / (double) d;
    return Math.log(first / second) / Math.log(2);
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }
}

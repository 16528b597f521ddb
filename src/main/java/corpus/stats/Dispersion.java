package corpus.stats;

/**
 * How evenly one word is spread over the parts of a corpus (articles, or years, months, sources).
 * Input: the word's count in each part, zeros included, and each part's size in tokens.
 *
 * <p>Range: the number of parts in which the word occurs at least once (Keniston 1920).
 *
 * <p>DP, deviation of proportions, as in Gries, "Dispersions and adjusted frequencies in corpora",
 * <i>International Journal of Corpus Linguistics</i> 13(4), 2008, 403–437: with part sizes S_i,
 * count c_i and n parts, the expected proportion of part i is s_i = S_i / ΣS and the observed one
 * v_i = c_i / Σc; DP = ½ Σ|v_i − s_i|. 0 is a word spread exactly as the part sizes predict; the
 * largest value, reached when all occurrences are in the smallest part, is 1 − min s_i.
 *
 * <p>DPnorm as in Lijffijt and Gries, "Correction to Stefan Th. Gries' 'Dispersions and adjusted
 * frequencies in corpora'", <i>IJCL</i> 17(1), 2012, 147–149: DPnorm = DP / (1 − min s_i), the
 * minimum over all parts, so it runs from 0 to exactly 1 whatever the part sizes. (Not the variant
 * of Egbert, Burch and Biber 2020, which takes the minimum over the parts where the word occurs.)
 *
 * <p>Juilland's D (Juilland and Chang-Rodríguez, <i>Frequency Dictionary of Spanish Words</i>,
 * 1964; as computed in Carroll 1970 and Lyne 1985): D = 1 − V / √(n − 1), with V = σ / mean, the
 * coefficient of variation, and σ the <em>population</em> standard deviation (divisor n, not n −
 * 1): that is the value Carroll (1970, p. 14) prints for counts 0, 4, 3, 2, 1 (D = 0.6464), and the
 * one for which V is at most √(n − 1), so that D runs from 0 (all in one part) to 1 (all equal).
 * Here V is taken over the relative frequencies r_i = c_i / S_i, not over the raw counts: the
 * variant for parts of unequal size that Gries gives in "Analyzing dispersion" (in Paquot and
 * Gries, eds., <i>A Practical Handbook of Corpus Linguistics</i>, Springer 2020, 99–118). With
 * parts of equal size it is the original D, since V does not change when every value is scaled
 * alike. Juilland's D is known to lose all power to discriminate when there are many parts (Biber
 * et al., IJCL 21(4), 2016): prefer DP over articles, and keep D for a handful of periods or
 * sources.
 *
 * <p>Edge cases, the same in {@link #of} and the {@link Accumulator}:
 *
 * <ul>
 *   <li>A part of size 0 (a period or source without text) is not a part: it is skipped, and does
 *       not count in n or in min s_i. A positive count in a part of size 0 is an error.
 *   <li>A word that never occurs (Σc = 0) has range 0 and no DP, DPnorm or D: they are {@code NaN}.
 *   <li>With one part (of size &gt; 0), DP is 0, and DPnorm and D, which divide by 1 − s_1 = 0 and
 *       by √(1 − 1) = 0, are {@code NaN}. With no part at all, every value is {@code NaN} or 0.
 *   <li>All occurrences in one part i: range 1, DP = 1 − s_i, DPnorm = 1 when that part is (one of)
 *       the smallest, and D = 0.
 * </ul>
 */
public final class Dispersion {
  private Dispersion() {}

  /**
   * The dispersion of one word.
   *
   * @param frequency the word's total count, Σc
   * @param parts n, the number of parts of size &gt; 0
   * @param range the number of parts where the word occurs
   * @param dp Gries's DP, 0 (even) to 1 − min s_i (concentrated)
   * @param dpNorm Lijffijt and Gries's DPnorm, 0 (even) to 1 (concentrated)
   * @param juillandD Juilland's D over relative frequencies, 0 (concentrated) to 1 (even); note the
   *     direction, the opposite of DP's
   */
  public record Values(
      long frequency, long parts, long range, double dp, double dpNorm, double juillandD) {}

  /**
   * @param counts the word's count in each part, zeros included
   * @param sizes each part's size in tokens, in the same order
   * @throws IllegalArgumentException if the arrays differ in length, a value is negative, or a part
   *     of size 0 has a positive count
   */
  public static Values of(long[] counts, long[] sizes) {
    if (counts.length != sizes.length) {
      throw new IllegalArgumentException("one size per count");
    }
    long frequency = 0;
    long totalSize = 0;
    long parts = 0;
    long range = 0;
    long minSize = Long.MAX_VALUE;
    for (int i = 0; i < counts.length; i++) {
      check(counts[i], sizes[i]);
      if (sizes[i] == 0) {
        continue;
      }
      parts++;
      frequency += counts[i];
      totalSize += sizes[i];
      minSize = Math.min(minSize, sizes[i]);
      if (counts[i] > 0) {
        range++;
      }
    }
    if (frequency == 0) {
      return new Values(0, parts, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double deviations = 0;
    double meanRate = 0;
    for (int i = 0; i < counts.length; i++) {
      if (sizes[i] > 0) {
        deviations += Math.abs((double) counts[i] / frequency - (double) sizes[i] / totalSize);
        meanRate += (double) counts[i] / sizes[i];
      }
    }
    meanRate /= parts;
    double squares = 0;
    for (int i = 0; i < counts.length; i++) {
      if (sizes[i] > 0) {
        double d = (double) counts[i] / sizes[i] - meanRate;
        squares += d * d;
      }
    }
    double dp = deviations / 2;
    double sd = Math.sqrt(squares / parts);
    return new Values(
        frequency,
        parts,
        range,
        dp,
        dpNorm(dp, parts, minSize, totalSize),
        juilland(sd / meanRate, parts));
  }

  /**
   * The same values from the parts where the word occurs, for when parts are articles: millions of
   * them, nearly all with a count of 0. The parts left out are implied by the totals given at the
   * start: for them v_i = 0, so Σ|v_i − s_i| over them is Σ s_i = 1 − Σ s_i over the parts added;
   * and their relative frequencies are 0, adding nothing to Σr and Σr². The three sums are exact
   * ({@link ExactSum}), rounded once: the values do not depend on the order the parts are added in,
   * so a cluster's shards and a local index give the same bits. The variance is Σr²/n − (Σr/n)²
   * from those sums; its cancellation costs at most the last few bits when the rates are nearly
   * equal, far below what any output shows. Results agree with {@link Dispersion#of} to rounding.
   *
   * <p>The word's total count is needed at the start, since v_i = c_i / Σc: so nothing is kept per
   * part and memory stays constant even for "the". (Lucene's {@code totalTermFreq} still counts
   * deleted documents until their segment is merged; pass a count over live documents.)
   */
  public static final class Accumulator {
    private final long frequency;
    private final long parts;
    private final long totalSize;
    private final long minSize;
    private long added;
    private long addedSize;
    private long addedCount;
    private final ExactSum deviations = new ExactSum();
    private final ExactSum rates = new ExactSum();
    private final ExactSum rateSquares = new ExactSum();

    /**
     * @param frequency the word's total count over all the parts, Σc
     * @param parts n, the number of parts of size &gt; 0 in the whole corpus (or the selection)
     * @param totalSize their total size in tokens
     * @param minSize the size of the smallest of them
     * @throws IllegalArgumentException if the totals cannot describe a corpus
     */
    public Accumulator(long frequency, long parts, long totalSize, long minSize) {
      if (frequency < 0 || parts < 0 || totalSize < 0 || minSize < 0) {
        throw new IllegalArgumentException("negative totals");
      }
      if (parts == 0 ? totalSize > 0 : minSize == 0 || minSize > totalSize / parts) {
        throw new IllegalArgumentException("the smallest part must be between 1 and the mean size");
      }
      this.frequency = frequency;
      this.parts = parts;
      this.totalSize = totalSize;
      this.minSize = minSize;
    }

    /**
     * One part where the word occurs, in any order; a count of 0 is ignored (that part is already
     * implied by the totals).
     *
     * @throws IllegalArgumentException if the part cannot belong to the totals given
     */
    public Accumulator add(long count, long size) {
      check(count, size);
      if (count == 0) {
        return this;
      }
      added++;
      addedSize += size;
      addedCount += count;
      if (size < minSize || added > parts || addedSize > totalSize || addedCount > frequency) {
        throw new IllegalArgumentException("a part outside the totals given");
      }
      deviations.add(Math.abs((double) count / frequency - (double) size / totalSize));
      double rate = (double) count / size;
      rates.add(rate);
      rateSquares.add(rate * rate);
      return this;
    }

    /**
     * What this accumulator has added, to be joined with other accumulators of the same word and
     * totals that added other parts ({@link #join}).
     */
    public State state() {
      return new State(
          added,
          addedSize,
          addedCount,
          deviations.partials(),
          rates.partials(),
          rateSquares.partials());
    }

    /**
     * Adds the parts another accumulator of the same word and totals added (a cluster's shard, each
     * holding other articles). The sums stay exact, so the values are those of one accumulator that
     * added every part itself.
     *
     * @throws IllegalArgumentException if the parts together cannot belong to the totals
     */
    public Accumulator join(State other) {
      added += other.added();
      addedSize += other.addedSize();
      addedCount += other.addedCount();
      if (added > parts || addedSize > totalSize || addedCount > frequency) {
        throw new IllegalArgumentException("parts outside the totals given");
      }
      deviations.addPartials(other.deviations());
      rates.addPartials(other.rates());
      rateSquares.addPartials(other.rateSquares());
      return this;
    }

    /**
     * The values over all parts: the ones added and the implied ones with a count of 0.
     *
     * @throws IllegalStateException if the counts added do not sum to the frequency given
     */
    public Values values() {
      if (addedCount != frequency) {
        throw new IllegalStateException(
            "counts added sum to " + addedCount + ", not the frequency given, " + frequency);
      }
      if (frequency == 0) {
        return new Values(0, parts, 0, Double.NaN, Double.NaN, Double.NaN);
      }
      double dp = (deviations.value() + (double) (totalSize - addedSize) / totalSize) / 2;
      // The parts not added have a rate of 0: they add nothing to either sum, only to n.
      double sum = rates.value();
      double mean = sum / parts;
      double squares = Math.max(0, rateSquares.value() - sum * mean);
      double sd = Math.sqrt(squares / parts);
      return new Values(
          frequency,
          parts,
          added,
          dp,
          dpNorm(dp, parts, minSize, totalSize),
          juilland(sd / mean, parts));
    }
  }

  /**
   * What an {@link Accumulator} has added: how many parts, their total size and count, and the
   * exact partial sums ({@link ExactSum#partials()}) of the deviations, rates and squared rates.
   */
  public record State(
      long added,
      long addedSize,
      long addedCount,
      double[] deviations,
      double[] rates,
      double[] rateSquares) {}

  private static void check(long count, long size) {
    if (count < 0 || size < 0) {
      throw new IllegalArgumentException("negative count or size");
    }
    if (size == 0 && count > 0) {
      throw new IllegalArgumentException("a count in a part of size 0");
    }
  }

  private static double dpNorm(double dp, long parts, long minSize, long totalSize) {
    return parts < 2 ? Double.NaN : dp / (1 - (double) minSize / totalSize);
  }

  /** D = 1 − V/√(n−1); V ≤ √(n−1) always, so a value below 0 can only be rounding. */
  private static double juilland(double variation, long parts) {
    return parts < 2 ? Double.NaN : Math.max(0, 1 - variation / Math.sqrt(parts - 1));
  }
}

package corpus.stats;

/**
 * How strongly a collocate is attracted to a node: the measures of {@code corpus collocates},
 * computed as CQPweb computes them (Hardie's CQPweb, {@code lib/colloc-lib.inc.php}).
 *
 * <p>The counts of one collocate make a 2×2 contingency table in the notation of Evert, <i>The
 * Statistics of Word Cooccurrences: Word Pairs and Collocations</i> (PhD thesis, Stuttgart, 2005),
 * and "Corpora and collocations" (in Lüdeling and Kytö, <i>Corpus Linguistics</i>, 2008), the
 * notation of his UCS toolkit. The rows split the corpus into the tokens inside the node's windows
 * and the rest; the columns into the collocate and every other word:
 *
 * <pre>
 *                  collocate          other words                 total
 *   in windows     O11 = O            O12 = W − O                 R1 = W
 *   elsewhere      O21 = f_coll − O   O22 = N − W − f_coll + O    R2 = N − W
 *   total          C1 = f_coll        C2 = N − f_coll             N
 * </pre>
 *
 * The expected count of each cell if the collocate were spread evenly is Eij = Ri·Cj / N; for the
 * first, E = E11 = f_coll·W / N. This is Evert's "surface cooccurrence" (UCS's {@code
 * surface-from-cwb}). W counts the window slots actually filled, not node count × span: CQPweb
 * counts the rows of its collocation table ({@code calculate_words_in_window}), so a window cut
 * short at a boundary counts only what it holds, and a token inside two overlapping windows counts
 * twice, as O counts it.
 *
 * <p>Every measure is a function of one {@link Counts}. {@code log} is the natural logarithm,
 * {@code log2} the binary one. MI and MI3 use log2 as CQPweb and Church and Hanks do; UCS prints
 * them in log10, which is the same ranking scaled by log10(2).
 *
 * <p>Edge cases. Counts that cannot come from one corpus (a negative cell, W &gt; N, O &gt; W, ...)
 * are refused by {@link Counts} with an {@link IllegalArgumentException}; so is a zero W, f_coll or
 * N, which leaves E = 0 impossible. A collocate with O = 0 (one asked for by name that never occurs
 * beside the node; CQPweb never scores it, as its list comes from the windows) has MI, MI3, t-score
 * and logDice of {@link Double#NEGATIVE_INFINITY}: as repelled as can be, sorted last, never NaN.
 * The z-score, log-likelihood and log ratio stay finite for it. MI, t, z, log-likelihood and log
 * ratio are negative when O &lt; E (the collocate is rarer beside the node than elsewhere); that is
 * kept, not clipped.
 */
public final class Association {
  private Association() {}

  /** Hardie's stand-in for a zero count (as in {@link Keyness}). */
  private static final double ZERO_COUNT = 0.5;

  /** Rychlý's constant: logDice of a pair that only ever occurs together. */
  private static final double LOG_DICE_MAX = 14;

  private static final double LN_2 = Math.log(2);

  /**
   * The counts of one collocate around one node, checked to be a possible contingency table.
   *
   * @param observed O: occurrences of the collocate inside the node's windows
   * @param nodeFrequency f_node: occurrences of the node in the corpus (used by logDice only)
   * @param collocateFrequency f_coll: occurrences of the collocate in the whole corpus
   * @param windowTokens W: tokens inside the node's windows, counted, not node count × span
   * @param corpusTokens N: tokens in the corpus (or in the part searched)
   */
  public record Counts(
      long observed,
      long nodeFrequency,
      long collocateFrequency,
      long windowTokens,
      long corpusTokens) {

    /**
     * @throws IllegalArgumentException unless 0 ≤ O ≤ min(W, f_coll), 1 ≤ W ≤ N, 1 ≤ f_coll ≤ N, 1
     *     ≤ f_node ≤ N and f_coll − O ≤ N − W (the collocate's other occurrences fit outside the
     *     windows)
     */
    public Counts {
      require(corpusTokens >= 1, "the corpus has no tokens");
      require(windowTokens >= 1, "the windows hold no tokens");
      require(windowTokens <= corpusTokens, "the windows hold more tokens than the corpus");
      require(collocateFrequency >= 1, "the collocate does not occur in the corpus");
      require(collocateFrequency <= corpusTokens, "the collocate occurs more often than N");
      require(nodeFrequency >= 1, "the node does not occur in the corpus");
      require(nodeFrequency <= corpusTokens, "the node occurs more often than N");
      require(observed >= 0, "the observed count is negative");
      require(observed <= windowTokens, "the collocate occurs more often than the window holds");
      require(observed <= collocateFrequency, "the collocate occurs more often beside the node");
      require(
          collocateFrequency - observed <= corpusTokens - windowTokens,
          "the collocate occurs more often outside the windows than there are tokens there");
    }

    /** E = f_coll·W / N, the count expected in the windows if the collocate were spread evenly. */
    public double expected() {
      return (double) collocateFrequency * windowTokens / corpusTokens;
    }

    private static void require(boolean condition, String problem) {
      if (!condition) {
        throw new IllegalArgumentException("impossible co-occurrence counts: " + problem);
      }
    }
  }

  /**
   * Mutual information, log2(O / E): Church and Hanks, "Word association norms, mutual information,
   * and lexicography" (Computational Linguistics 16(1), 1990), their association ratio I(x, y) with
   * window counts, as in CQPweb. It is an effect size: +1 is twice the expected count. It overrates
   * rare collocates (O of 1 or 2 can score very high).
   */
  public static double mi(Counts counts) {
    return log2(counts.observed() / counts.expected());
  }

  /**
   * Cubic MI, log2(O³ / E), computed as CQPweb does as 3·log2(O) − log2(E): Daille, <i>Approche
   * mixte pour l'extraction automatique de terminologie</i> (PhD thesis, Paris 7, 1994), her cubic
   * association ratio IM³, and Oakes, <i>Statistics for Corpus Linguistics</i> (1998). Cubing O
   * offsets MI's bias towards rare collocates, and leans towards frequent ones.
   */
  public static double mi3(Counts counts) {
    return 3 * log2(counts.observed()) - log2(counts.expected());
  }

  /**
   * t-score, (O − E) / √O: Church, Gale, Hanks and Hindle, "Using statistics in lexical analysis"
   * (in Zernik, ed., <i>Lexical Acquisition</i>, 1991), with O as the estimate of the variance, as
   * CQPweb and UCS ({@code am.t.score}) do. A significance measure that favours frequent pairs.
   */
  public static double tScore(Counts counts) {
    double observed = counts.observed();
    return (observed - counts.expected()) / Math.sqrt(observed);
  }

  /**
   * z-score, (O − E) / √E: the normal approximation to a Poisson count with mean E, as UCS's {@code
   * am.z.score} and Evert (2008) define it. No continuity correction: CQPweb added Yates's (|O − E|
   * less 0.5) in version 3.0.8, which shifts scores of rare pairs only; the plain form is the one
   * with published reference values (UCS) and the one the literature compares.
   */
  public static double zScore(Counts counts) {
    double expected = counts.expected();
    return (counts.observed() - expected) / Math.sqrt(expected);
  }

  /**
   * Log-likelihood G² = 2 Σ Oij·log(Oij / Eij) over all four cells of the table, a cell with Oij =
   * 0 adding nothing: Dunning, "Accurate methods for the statistics of surprise and coincidence"
   * (Computational Linguistics 19(1), 1993). Signed as CQPweb and UCS sign it: negative when O &lt;
   * E, so that a descending sort puts repelled collocates last; its absolute value is Dunning's G²
   * (3.84 is p &lt; 0.05 at one degree of freedom, 10.83 is p &lt; 0.001).
   *
   * <p>Each term is computed as Oij·log1p((Oij − Eij) / Eij), with Oij − Eij = ±(O − E) taken from
   * the margins: in a corpus of millions O22 and E22 agree in their leading digits, and log(O22 /
   * E22) would lose them.
   */
  public static double logLikelihood(Counts counts) {
    double n = counts.corpusTokens();
    double r1 = counts.windowTokens();
    double r2 = n - r1;
    double c1 = counts.collocateFrequency();
    double c2 = n - c1;
    double o11 = counts.observed();
    double o12 = r1 - o11;
    double o21 = c1 - o11;
    double o22 = r2 - o21;
    double excess = o11 - counts.expected(); // O11 − E11 = E12 − O12 = E21 − O21 = O22 − E22
    double g2 =
        2
            * (term(o11, r1 * c1 / n, excess)
                + term(o12, r1 * c2 / n, -excess)
                + term(o21, r2 * c1 / n, -excess)
                + term(o22, r2 * c2 / n, excess));
    return Math.signum(excess) * g2;
  }

  /**
   * logDice, 14 + log2(2·O / (f_node + f_coll)): Rychlý, "A lexicographer-friendly association
   * score" (RASLAN 2008), the Dice coefficient on a binary log scale, as Sketch Engine uses it. It
   * depends on the two frequencies, not on the corpus size, so scores compare across corpora; 14 is
   * the maximum when every occurrence is a co-occurrence, and a point less is half as often. Here O
   * counts window co-occurrences, so a collocate seen twice in one node's window can push it past
   * 14.
   */
  public static double logDice(Counts counts) {
    double dice =
        2.0 * counts.observed() / ((double) counts.nodeFrequency() + counts.collocateFrequency());
    return LOG_DICE_MAX + log2(dice);
  }

  /**
   * Log ratio, log2((O / W) / ((f_coll − O) / (N − W))): the binary log of the collocate's relative
   * frequency inside the windows over its relative frequency in the rest of the corpus, a zero
   * count on either side taken as 0.5 so it stays finite. Hardie, "Log Ratio: an informal
   * introduction" (CASS, 2014), as in {@link Keyness#logRatio} and CQPweb's "Log Ratio" collocation
   * statistic (CQPweb substitutes 0.5 only for f_coll − O, as it never scores O = 0). +1 is twice
   * as frequent beside the node as elsewhere.
   *
   * @throws IllegalArgumentException if W = N: there is no rest of the corpus to compare with
   */
  public static double logRatio(Counts counts) {
    long outside = counts.corpusTokens() - counts.windowTokens();
    if (outside == 0) {
      throw new IllegalArgumentException(
          "log ratio needs tokens outside the windows; the windows cover the whole corpus");
    }
    long inWindows = counts.observed();
    long elsewhere = counts.collocateFrequency() - counts.observed();
    double near = (inWindows == 0 ? ZERO_COUNT : inWindows) / (double) counts.windowTokens();
    double far = (elsewhere == 0 ? ZERO_COUNT : elsewhere) / (double) outside;
    return log2(near / far);
  }

  /** O·log(O / E) written as O·log1p((O − E) / E); zero when O is. */
  private static double term(double observed, double expected, double excess) {
    return observed == 0 ? 0 : observed * Math.log1p(excess / expected);
  }

  private static double log2(double x) {
    return Math.log(x) / LN_2;
  }
}

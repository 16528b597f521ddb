package corpus.query;

/**
 * One word in both sets.
 *
 * @param logLikelihood G² (Rayson and Garside 2000): how sure the difference is; 3.84 is p &lt;
 *     0.05, 10.83 p &lt; 0.001, 15.13 p &lt; 0.0001
 * @param logRatio binary log of B's relative frequency over A's (Hardie 2014): how big the
 *     difference is; positive rose in B, +1 is twice as frequent
 */
public record CompareRow(
    String term,
    long aCount,
    long bCount,
    double aPerMillion,
    double bPerMillion,
    double logLikelihood,
    double logRatio) {}

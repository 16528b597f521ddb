package corpus.query;

/**
 * One collocate in both sets of a comparison. The change is measured on the windows: O_A of W_A
 * tokens against O_B of W_B, as {@code compare} sets a word's count in one set against the other.
 *
 * @param collocate the word as shown: for a word whose forms are counted together, its most
 *     frequent form in both sets
 * @param aObserved O_A: its tokens in A's windows (0 when it is not among them)
 * @param bObserved O_B: the same in B
 * @param aScore the measure asked for ({@code --sort}) in A's table, or null when O_A is 0
 * @param bScore the same in B's table
 * @param scoreChange bScore − aScore, or null when either is null
 * @param logLikelihood G² of O_B/W_B against O_A/W_A (Rayson and Garside 2000): how sure the change
 *     is; 3.84 is p &lt; 0.05
 * @param logRatio binary log of O_B/W_B over O_A/W_A, a zero count taken as 0.5 (Hardie 2014): how
 *     big the change is; positive gained in B, +1 twice as large a share of the windows
 * @param a its row in A's table, every measure, or null when O_A is 0
 * @param b its row in B's table, or null when O_B is 0
 */
public record CollocateChange(
    String collocate,
    long aObserved,
    long bObserved,
    Double aScore,
    Double bScore,
    Double scoreChange,
    double logLikelihood,
    double logRatio,
    CollocateRow a,
    CollocateRow b) {}

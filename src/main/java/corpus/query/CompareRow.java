package corpus.query;

import java.util.List;

/**
 * One word in both sets.
 *
 * @param logLikelihood G² (Rayson and Garside 2000): how sure the difference is; 3.84 is p &lt;
 *     0.05, 10.83 p &lt; 0.001, 15.13 p &lt; 0.0001
 * @param logRatio binary log of B's relative frequency over A's (Hardie 2014): how big the
 *     difference is; positive rose in B, +1 is twice as frequent
 * @param term the word as shown: for a word whose forms are counted together, its most frequent
 *     form in both sets
 * @param forms the written forms counted in this row (both sets), most frequent first, when the
 *     word's language groups forms (Russian); empty otherwise
 * @param aDispersion how evenly the word is spread over set A's articles, or null before it is
 *     measured
 * @param bDispersion the same over set B's articles
 */
public record CompareRow(
    String term,
    long aCount,
    long bCount,
    double aPerMillion,
    double bPerMillion,
    double logLikelihood,
    double logRatio,
    List<WordForm> forms,
    WordDispersion aDispersion,
    WordDispersion bDispersion) {
  public CompareRow {
    forms = List.copyOf(forms);
  }

  public CompareRow(
      String term,
      long aCount,
      long bCount,
      double aPerMillion,
      double bPerMillion,
      double logLikelihood,
      double logRatio) {
    this(
        term,
        aCount,
        bCount,
        aPerMillion,
        bPerMillion,
        logLikelihood,
        logRatio,
        List.of(),
        null,
        null);
  }

  /** The same row shown by another form, with its forms listed and its dispersion in each set. */
  public CompareRow shownAs(
      String shown, List<WordForm> counted, WordDispersion inA, WordDispersion inB) {
    return new CompareRow(
        shown,
        aCount,
        bCount,
        aPerMillion,
        bPerMillion,
        logLikelihood,
        logRatio,
        counted,
        inA,
        inB);
  }
}

package corpus.stats;

/** Normalised frequencies. */
public final class Rates {
  private Rates() {}

  /**
   * Occurrences per million tokens, at full precision (output rounds it; statistics use it as it
   * is). The usual normalisation in corpus linguistics for comparing sub-corpora of different sizes
   * (e.g. McEnery and Hardie, <i>Corpus Linguistics</i>, 2012, ch. 3). Zero tokens give zero.
   */
  public static double perMillion(long count, long tokens) {
    if (tokens <= 0) {
      return 0;
    }
    return count * 1e6 / tokens;
  }
}

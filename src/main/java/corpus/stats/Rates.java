package corpus.stats;

/** Normalised frequencies. */
public final class Rates {
  private Rates() {}

  /**
   * Occurrences per million tokens, rounded to four decimals so output is stable across platforms.
   * The usual normalisation in corpus linguistics for comparing sub-corpora of different sizes
   * (e.g. McEnery and Hardie, <i>Corpus Linguistics</i>, 2012, ch. 3). Zero tokens give zero.
   */
  public static double perMillion(long count, long tokens) {
    if (tokens <= 0) {
      return 0;
    }
    return Math.round(count * 1e6 / tokens * 1e4) / 1e4;
  }
}

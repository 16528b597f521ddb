package corpus.query;

import java.util.Objects;

/**
 * Which words, or word sequences, rose and fell most between two sets of articles, usually two
 * periods.
 *
 * @param a the first set (the earlier period)
 * @param b the second set (the later period)
 * @param top rows to keep, by log-likelihood; 0 for every row
 * @param minCount leave out words counted fewer times in both sets together
 * @param keepStopwords include stop words (left out by default, as in freq); for word sequences,
 *     sequences that start or end with one
 * @param ngram 1 for words, 2 to 5 for word sequences, counted as {@code freq --ngram} counts them
 */
public record CompareQuery(
    Subset a, Subset b, int top, int minCount, boolean keepStopwords, int ngram) {

  /** Single words. */
  public CompareQuery(Subset a, Subset b, int top, int minCount, boolean keepStopwords) {
    this(a, b, top, minCount, keepStopwords, 1);
  }

  /**
   * @param range articles dated within it
   * @param query only articles matching this (classic syntax), or null for all
   * @param sources only articles from these sources
   * @param languages only articles in these languages
   */
  public record Subset(DateRange range, String query, Sources sources, Languages languages) {
    public Subset(DateRange range, String query) {
      this(range, query, Sources.ALL, Languages.ALL);
    }

    public Subset(DateRange range, String query, Sources sources) {
      this(range, query, sources, Languages.ALL);
    }

    public Subset {
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(sources, "sources");
      Objects.requireNonNull(languages, "languages");
    }
  }

  public CompareQuery {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (top < 0) {
      throw new IllegalArgumentException("--top must be 0 (all) or more, not " + top);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("--min-count must be at least 1, not " + minCount);
    }
    if (ngram < 1 || ngram > 5) {
      throw new IllegalArgumentException("--ngram must be 1 to 5, not " + ngram);
    }
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          "the two sets are the same; give B other dates, sources, languages or another query");
    }
  }

  /** How many rows to keep: {@code top}, or all of them for 0. */
  public int rows() {
    return top == 0 ? Integer.MAX_VALUE : top;
  }
}

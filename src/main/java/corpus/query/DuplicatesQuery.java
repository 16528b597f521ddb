package corpus.query;

/**
 * The groups of near-duplicates (wire copies) the last index run found.
 *
 * @param limit groups to list, largest first; 0 for all
 * @param minSize only groups of at least this many articles (2 or more)
 */
public record DuplicatesQuery(int limit, int minSize) {
  public DuplicatesQuery {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 (all) or more, not " + limit);
    }
    if (minSize < 2) {
      throw new IllegalArgumentException("--min-size must be at least 2, not " + minSize);
    }
  }

  /** How many groups to list: {@code limit}, or all of them for 0. */
  public int groups() {
    return limit == 0 ? Integer.MAX_VALUE : limit;
  }
}

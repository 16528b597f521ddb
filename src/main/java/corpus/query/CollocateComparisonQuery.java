package corpus.query;

import java.util.Objects;

/**
 * Which collocates of a node gained and lost most between two sets of articles (usually two
 * periods): the collocates of each set counted as {@code collocates} counts one table, then each
 * collocate's share of A's windows set against its share of B's.
 *
 * @param node a word or a phrase, analysed like the text
 * @param left tokens of context before each occurrence, within its article
 * @param right tokens after it
 * @param minCount collocates observed fewer times in A's and B's windows together are left out
 * @param top rows in each of the two lists (gained, lost); 0 for all
 * @param sort the association measure shown for each set, with its change from A to B
 * @param a the first set (the earlier period)
 * @param b the second set (the later period)
 */
public record CollocateComparisonQuery(
    String node,
    int left,
    int right,
    int minCount,
    int top,
    CollocationMeasure sort,
    CompareQuery.Subset a,
    CompareQuery.Subset b) {

  public CollocateComparisonQuery {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    CollocatesQuery.checkCounting(node, left, right, minCount, top);
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          "the two sets are the same; give B other dates, sources, languages or another query");
    }
  }

  /** Rows per list: {@code top}, or all of them for 0. */
  public int rows() {
    return top == 0 ? Integer.MAX_VALUE : top;
  }
}

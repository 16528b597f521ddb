package corpus.query;

import java.util.Objects;

/**
 * The words found near a node word or phrase.
 *
 * @param node a word or a phrase, analysed like the text
 * @param left tokens of context before each occurrence, within its article
 * @param right tokens after it
 * @param minCount collocates observed fewer times in a table are left out
 * @param top rows per table; 0 for all
 * @param sort the measure rows are ranked by
 * @param by NONE for one table, else one table per period (undated articles in none)
 * @param query only articles matching this (classic syntax), or null for all
 */
public record CollocatesQuery(
    String node,
    int left,
    int right,
    int minCount,
    int top,
    CollocationMeasure sort,
    Granularity by,
    DateRange range,
    String query,
    Sources sources,
    Languages languages) {

  /** A window wider than this is a paragraph, not a collocation. */
  public static final int MAX_SPAN = 50;

  public CollocatesQuery {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(languages, "languages");
    checkCounting(node, left, right, minCount, top);
  }

  /**
   * The checks every collocates question makes of its node, window, floor and rows, so {@code
   * collocates} and its comparison of two sets refuse the same things in the same words.
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  static void checkCounting(String node, int left, int right, int minCount, int top) {
    if (node.isBlank()) {
      throw new IllegalArgumentException("give a word or phrase whose collocates to find");
    }
    if (left < 0 || right < 0 || left + right == 0 || left > MAX_SPAN || right > MAX_SPAN) {
      throw new IllegalArgumentException(
          "--window must be L,R with each between 0 and "
              + MAX_SPAN
              + " and at least one above 0, not "
              + left
              + ","
              + right);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("--min-count must be at least 1, not " + minCount);
    }
    if (top < 0) {
      throw new IllegalArgumentException("--top must be 0 (all) or more, not " + top);
    }
  }

  /** Rows per table: {@code top}, or all of them for 0. */
  public int rows() {
    return top == 0 ? Integer.MAX_VALUE : top;
  }

  /** The articles this question looks at, as a set {@code --dedup} counts its copies in. */
  public CompareQuery.Subset selection() {
    return new CompareQuery.Subset(range, query, sources, languages);
  }
}

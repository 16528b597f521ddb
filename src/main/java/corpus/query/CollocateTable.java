package corpus.query;

import java.util.List;

/**
 * The collocates of the node in one set of articles: the whole selection, or one period.
 *
 * @param period the period's label, or null for the whole selection
 * @param nodeFrequency occurrences of the node
 * @param windowTokens W: the tokens inside the node's windows, the node's own tokens left out
 * @param corpusTokens N: the tokens of the table's articles
 * @param rows ranked by the measure asked for, highest first, then by collocate
 */
public record CollocateTable(
    String period,
    long documents,
    long nodeFrequency,
    long windowTokens,
    long corpusTokens,
    List<CollocateRow> rows) {
  public CollocateTable {
    rows = List.copyOf(rows);
  }
}

package corpus.query;

import java.util.List;

/**
 * One frequency table; rows by count descending, then term.
 *
 * @param period the period's label, or null for the whole selection or a source's table
 * @param source the source (outlet) of a table per source, or null
 * @param documents articles in the table
 * @param tokens tokens in those articles
 */
public record FrequencyTable(
    String period, String source, long documents, long tokens, List<FrequencyRow> rows) {
  public FrequencyTable(String period, long documents, long tokens, List<FrequencyRow> rows) {
    this(period, null, documents, tokens, rows);
  }
}

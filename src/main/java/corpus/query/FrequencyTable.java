package corpus.query;

import java.util.List;

/**
 * One frequency table; rows by count descending, then term.
 *
 * @param period the period's label, or null for the whole selection
 * @param documents articles in the table
 * @param tokens tokens in those articles
 */
public record FrequencyTable(String period, long documents, long tokens, List<FrequencyRow> rows) {}

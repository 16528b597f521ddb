package corpus.query;

/**
 * @param count occurrences in the table's articles
 * @param documents articles of the table containing the term
 * @param perMillion count per million tokens of the table's articles, unrounded (output rounds it)
 */
public record FrequencyRow(String term, long count, long documents, double perMillion) {}

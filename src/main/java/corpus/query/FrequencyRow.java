package corpus.query;

import java.util.List;

/**
 * @param term the word as shown: for a word whose forms are counted together, its most frequent
 *     form
 * @param count occurrences in the table's articles
 * @param documents articles of the table containing the term
 * @param perMillion count per million tokens of the table's articles, unrounded (output rounds it)
 * @param forms the written forms counted in this row, most frequent first, when the word's language
 *     groups forms (Russian); empty otherwise
 * @param dispersion how evenly the word is spread over its table's parts; null for word sequences
 */
public record FrequencyRow(
    String term,
    long count,
    long documents,
    double perMillion,
    List<WordForm> forms,
    WordDispersion dispersion) {
  public FrequencyRow {
    forms = List.copyOf(forms);
  }

  public FrequencyRow(String term, long count, long documents, double perMillion) {
    this(term, count, documents, perMillion, List.of(), null);
  }
}

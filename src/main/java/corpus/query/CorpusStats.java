package corpus.query;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * The corpus at a glance.
 *
 * @param distinctTerms different words in the article bodies
 * @param documentsPerYear dated articles per year, by year
 */
public record CorpusStats(
    long documents,
    long dated,
    long undated,
    LocalDate firstDate,
    LocalDate lastDate,
    long tokens,
    long distinctTerms,
    SortedMap<Integer, Long> documentsPerYear)
    implements Result {}

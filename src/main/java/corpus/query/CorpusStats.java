package corpus.query;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * The corpus at a glance.
 *
 * @param distinctTerms different words in the article bodies
 * @param documentsPerYear dated articles per year, by year
 * @param sources articles and tokens per source (outlet), most articles first, then by name
 * @param withoutSource articles with no source
 */
public record CorpusStats(
    long documents,
    long dated,
    long undated,
    LocalDate firstDate,
    LocalDate lastDate,
    long tokens,
    long distinctTerms,
    SortedMap<Integer, Long> documentsPerYear,
    List<SourceCount> sources,
    long withoutSource)
    implements Result {
  public CorpusStats {
    sources = List.copyOf(sources);
  }

  /** One source (outlet) as written, with its articles and their tokens. */
  public record SourceCount(String source, long documents, long tokens) {}
}

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
 * @param languages articles and tokens per language (ISO 639-1), most articles first, then by code
 * @param withoutLanguage articles whose language is unknown
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
    long withoutSource,
    List<LanguageCount> languages,
    long withoutLanguage)
    implements Result {
  public CorpusStats {
    sources = List.copyOf(sources);
    languages = List.copyOf(languages);
  }

  /** One language, with its articles and their tokens. */
  public record LanguageCount(String language, long documents, long tokens) {}

  /** One source (outlet) as written, with its articles and their tokens. */
  public record SourceCount(String source, long documents, long tokens) {}
}

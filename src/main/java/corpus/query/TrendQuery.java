package corpus.query;

import java.util.List;
import java.util.Objects;

/**
 * How often words or phrases occur over time: one series each, with every period of the range.
 *
 * @param terms words or phrases, each analysed like the text, so {@code Li Qiang} is the phrase "li
 *     qiang"
 * @param by the period; never NONE
 * @param range only articles dated within it; an open end is the first or last dated article
 *     selected
 * @param query only articles matching this (classic syntax), or null for all
 * @param sources only articles from these sources
 * @param splitSources 0 for one series per term; otherwise one per term and source, for this many
 *     sources, those with most selected articles
 * @param languages only articles in these languages
 */
public record TrendQuery(
    List<String> terms,
    Granularity by,
    DateRange range,
    String query,
    Sources sources,
    int splitSources,
    Languages languages) {
  public TrendQuery(List<String> terms, Granularity by, DateRange range, String query) {
    this(terms, by, range, query, Sources.ALL, 0, Languages.ALL);
  }

  public TrendQuery(
      List<String> terms,
      Granularity by,
      DateRange range,
      String query,
      Sources sources,
      int splitSources) {
    this(terms, by, range, query, sources, splitSources, Languages.ALL);
  }

  public TrendQuery {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(languages, "languages");
    if (splitSources < 0) {
      throw new IllegalArgumentException("--top-sources must be 1 or more, not " + splitSources);
    }
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("give at least one word or phrase to follow");
    }
    if (terms.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("a word or phrase to follow is empty");
    }
    if (by == Granularity.NONE) {
      throw new IllegalArgumentException(
          "--by must be a period: year, quarter, month, week or day");
    }
  }

  /** The articles this question looks at, as a set {@code --dedup} counts its copies in. */
  public CompareQuery.Subset selection() {
    return new CompareQuery.Subset(range, query, sources, languages);
  }
}

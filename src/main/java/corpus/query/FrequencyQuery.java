package corpus.query;

import java.util.Objects;

/**
 * A term-frequency table, over the whole selection or one table per period.
 *
 * @param top rows per table; 0 for every row (as {@code --limit 0} is every hit)
 * @param query only articles matching this (classic syntax), or null for all
 * @param by NONE for one table; otherwise one table per period, undated articles left out
 * @param minCount rows with a smaller count are left out
 * @param keepStopwords include English stop words (left out by default, as a display choice)
 * @param ngram 1 for words, 2 to 5 for word sequences
 * @param sources only articles from these sources
 * @param bySource one table per source (outlet) instead; {@code by} is then NONE
 * @param languages only articles in these languages
 * @param parts what each row's dispersion is measured over
 */
public record FrequencyQuery(
    int top,
    DateRange range,
    String query,
    Granularity by,
    int minCount,
    boolean keepStopwords,
    int ngram,
    Sources sources,
    boolean bySource,
    Languages languages,
    DispersionParts parts) {
  public FrequencyQuery(
      int top,
      DateRange range,
      String query,
      Granularity by,
      int minCount,
      boolean keepStopwords,
      int ngram) {
    this(
        top,
        range,
        query,
        by,
        minCount,
        keepStopwords,
        ngram,
        Sources.ALL,
        false,
        Languages.ALL,
        DispersionParts.ARTICLE);
  }

  public FrequencyQuery(
      int top,
      DateRange range,
      String query,
      Granularity by,
      int minCount,
      boolean keepStopwords,
      int ngram,
      Sources sources,
      boolean bySource) {
    this(
        top,
        range,
        query,
        by,
        minCount,
        keepStopwords,
        ngram,
        sources,
        bySource,
        Languages.ALL,
        DispersionParts.ARTICLE);
  }

  public FrequencyQuery {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(parts, "parts");
    if (bySource && by != Granularity.NONE) {
      throw new IllegalArgumentException("tables are per period or per source, not both");
    }
    Objects.requireNonNull(by, "by");
    if (top < 0) {
      throw new IllegalArgumentException("--top must be 0 (all) or more, not " + top);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("--min-count must be at least 1, not " + minCount);
    }
    if (ngram < 1 || ngram > 5) {
      throw new IllegalArgumentException("--ngram must be 1 to 5, not " + ngram);
    }
  }

  /** How many rows a table keeps: {@code top}, or all of them for 0. */
  public int rows() {
    return top == 0 ? Integer.MAX_VALUE : top;
  }

  /** The articles this question looks at, as a set {@code --dedup} counts its copies in. */
  public CompareQuery.Subset selection() {
    return new CompareQuery.Subset(range, query, sources, languages);
  }
}

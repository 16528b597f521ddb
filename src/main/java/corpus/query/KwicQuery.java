package corpus.query;

import java.util.Objects;

/**
 * A concordance: every match of the query with its context.
 *
 * @param width characters of context on each side
 * @param limit lines to return; 0 returns all
 * @param sources only articles from these sources
 * @param languages only articles in these languages
 */
public record KwicQuery(
    String query,
    DateRange range,
    int width,
    KwicSort sort,
    int limit,
    Sources sources,
    Languages languages) {
  public KwicQuery(String query, DateRange range, int width, KwicSort sort, int limit) {
    this(query, range, width, sort, limit, Sources.ALL, Languages.ALL);
  }

  public KwicQuery(
      String query, DateRange range, int width, KwicSort sort, int limit, Sources sources) {
    this(query, range, width, sort, limit, sources, Languages.ALL);
  }

  public KwicQuery {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(sort, "sort");
    if (width < 1 || width > 1000) {
      throw new IllegalArgumentException("--width must be between 1 and 1000, not " + width);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 (all) or more, not " + limit);
    }
  }

  /** The articles this question looks at, as a set {@code --dedup} counts its copies in. */
  public CompareQuery.Subset selection() {
    return new CompareQuery.Subset(range, query, sources, languages);
  }
}

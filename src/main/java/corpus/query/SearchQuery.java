package corpus.query;

import java.util.Objects;

/**
 * @param query Lucene classic query syntax
 * @param limit hits to return; 0 returns every hit
 * @param sources only articles from these sources
 * @param languages only articles in these languages
 */
public record SearchQuery(
    String query,
    DateRange range,
    int limit,
    SearchSort sort,
    Sources sources,
    Languages languages) {
  public SearchQuery(String query, DateRange range, int limit, SearchSort sort) {
    this(query, range, limit, sort, Sources.ALL, Languages.ALL);
  }

  public SearchQuery(String query, DateRange range, int limit, SearchSort sort, Sources sources) {
    this(query, range, limit, sort, sources, Languages.ALL);
  }

  public SearchQuery {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(sort, "sort");
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 (all) or more, not " + limit);
    }
  }

  /** The articles this question looks at, as a set {@code --dedup} counts its copies in. */
  public CompareQuery.Subset selection() {
    return new CompareQuery.Subset(range, query, sources, languages);
  }
}

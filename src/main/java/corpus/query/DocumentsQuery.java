package corpus.query;

import java.util.Objects;

/**
 * List the articles.
 *
 * @param undatedOnly only those without a date
 * @param sources only those from these sources
 * @param languages only those in these languages
 * @param duplicatesOnly only those in a group of near-duplicates (canonical articles and copies)
 */
public record DocumentsQuery(
    boolean undatedOnly, Sources sources, Languages languages, boolean duplicatesOnly) {
  public DocumentsQuery(boolean undatedOnly) {
    this(undatedOnly, Sources.ALL, Languages.ALL, false);
  }

  public DocumentsQuery(boolean undatedOnly, Sources sources) {
    this(undatedOnly, sources, Languages.ALL, false);
  }

  public DocumentsQuery(boolean undatedOnly, Sources sources, Languages languages) {
    this(undatedOnly, sources, languages, false);
  }

  public DocumentsQuery {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(languages, "languages");
  }
}

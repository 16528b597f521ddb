package corpus.query;

import java.util.Objects;

/**
 * List the articles.
 *
 * @param undatedOnly only those without a date
 * @param sources only those from these sources
 * @param languages only those in these languages
 */
public record DocumentsQuery(boolean undatedOnly, Sources sources, Languages languages) {
  public DocumentsQuery(boolean undatedOnly) {
    this(undatedOnly, Sources.ALL, Languages.ALL);
  }

  public DocumentsQuery(boolean undatedOnly, Sources sources) {
    this(undatedOnly, sources, Languages.ALL);
  }

  public DocumentsQuery {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(languages, "languages");
  }
}

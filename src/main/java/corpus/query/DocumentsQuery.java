package corpus.query;

import java.util.Objects;

/**
 * List the articles.
 *
 * @param undatedOnly only those without a date
 * @param sources only those from these sources
 */
public record DocumentsQuery(boolean undatedOnly, Sources sources) {
  public DocumentsQuery(boolean undatedOnly) {
    this(undatedOnly, Sources.ALL);
  }

  public DocumentsQuery {
    Objects.requireNonNull(sources, "sources");
  }
}

package corpus.load;

import java.util.Locale;

/** Where an article's source (its outlet) was read, shown beside it as the date's rule is. */
public enum SourceOrigin {
  /**
   * A record's field: {@code source_domain}, {@code publication}, NewsAPI's {@code source.name}.
   */
  FIELD,
  /** A web page's metadata: {@code og:site_name}, the JSON-LD publisher. */
  HTML,
  /** A {@code Source:} line in a text file's header block. */
  HEADER,
  /** The agency a wire dateline names: {@code (Reuters)}, {@code /PRNewswire/}, {@code /ТАСС/}. */
  DATELINE;

  /** The name used in the index and in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package corpus.query;

import java.io.IOException;

/** The stored corpus is damaged or written in a format this version cannot read. */
public final class IndexUnreadableException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param problem what the backend found, one line
   */
  public IndexUnreadableException(String problem, Throwable cause) {
    super(
        "the index cannot be read (" + problem + "); rebuild it with 'corpus index --rebuild'",
        cause);
  }
}

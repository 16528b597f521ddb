package corpus.query;

import java.io.IOException;

/** Another process holds the corpus's write lock: an index run is already under way. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param location where the corpus is, as {@link CorpusStore#location()} says
   */
  public IndexLockedException(String location, Throwable cause) {
    super(
        "the index "
            + location
            + " is being updated by another 'corpus index' run; wait for it to finish",
        cause);
  }
}

package corpus.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process holds the index's write lock: an index run is already under way. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  public IndexLockedException(Path index, Throwable cause) {
    super(
        "the index "
            + index
            + " is being updated by another 'corpus index' run; wait for it to finish",
        cause);
  }
}

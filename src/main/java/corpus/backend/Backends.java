package corpus.backend;

import corpus.query.CorpusStore;
import corpus.query.lucene.LocalStore;
import java.nio.file.Path;

/**
 * The one place that knows the backends: the command line names where a corpus lives, and gets a
 * {@link CorpusStore} to do everything else through. Today a local index folder; a cluster's
 * address will be the second kind of location.
 */
public final class Backends {
  private Backends() {}

  /** A corpus kept in a Lucene index folder on this machine. */
  public static CorpusStore local(Path indexDir) {
    return new LocalStore(indexDir);
  }
}

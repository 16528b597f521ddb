package corpus.backend;

import corpus.query.CorpusStore;
import corpus.query.lucene.LocalStore;
import corpus.query.solr.SolrStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place that knows the backends: the command line names where a corpus lives, and gets a
 * {@link CorpusStore} to do everything else through. A local index folder, or a SolrCloud cluster's
 * collection.
 */
public final class Backends {
  private Backends() {}

  /** A corpus kept in a Lucene index folder on this machine. */
  public static CorpusStore local(Path indexDir) {
    return new LocalStore(indexDir);
  }

  /**
   * A corpus kept in a collection of a SolrCloud cluster. No Solr class is loaded before this is
   * called: a local question starts as fast as before.
   *
   * @param address the cluster's ZooKeeper, {@code host:port[,host:port...][/chroot]}
   */
  public static CorpusStore solr(String address, String collection) {
    return new SolrStore(address, collection);
  }

  /**
   * Creates a collection for a corpus on a SolrCloud cluster: our configset, so many shards, so
   * many replicas of each, and the words its Chinese articles are segmented with.
   *
   * @return the name of the configset it uses
   */
  public static String createSolrCollection(
      String address, String collection, int shards, int replicas, List<String> userWords)
      throws IOException {
    return new SolrStore(address, collection).create(shards, replicas, userWords);
  }
}

package corpus.query.solr;

import corpus.index.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.zookeeper.KeeperException;

/**
 * {@code corpus solr init}: uploads our configset (shipped in the jar, {@code corpus/solr/conf}) to
 * ZooKeeper and creates a collection on it, marked with the schema version its shards index.
 */
final class CollectionSetup {
  private static final List<String> CONFIG_FILES = List.of("schema.xml", "solrconfig.xml");

  private final Cluster cluster;

  CollectionSetup(Cluster cluster) {
    this.cluster = cluster;
  }

  /**
   * The collection's own configset, named after the schema version and the collection: it holds the
   * collection's user dictionary, and collections of an older version keep theirs.
   */
  static String configset(String collection) {
    return "corpus-" + Schema.VERSION + "-" + collection;
  }

  /**
   * @param userWords the words the collection's Chinese articles are segmented with
   */
  void create(int shards, int replicas, List<String> userWords) throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("--shards and --replicas must be at least 1");
    }
    if (cluster.collectionExists()) {
      throw new IOException(
          "the cluster at "
              + cluster.address()
              + " has a collection '"
              + cluster.collection()
              + "' already; name another with --collection");
    }
    try {
      String configset = configset(cluster.collection());
      uploadConfigset(cluster.zookeeper().getZkClient(), configset, userWords);
      CollectionAdminRequest.createCollection(cluster.collection(), configset, shards, replicas)
          .process(cluster.client());
      cluster
          .zookeeper()
          .waitForState(
              cluster.collection(),
              60,
              TimeUnit.SECONDS,
              (live, state) ->
                  state != null
                      && state.getActiveSlices().size() == shards
                      && state.getActiveSlices().stream()
                          .allMatch(
                              slice ->
                                  slice.getReplicas().size() == replicas
                                      && slice.getReplicas().stream()
                                          .allMatch(r -> r.isActive(live))));
      CollectionAdminRequest.setCollectionProperty(
              cluster.collection(), RunRecord.SCHEMA_PROPERTY, Schema.VERSION)
          .process(cluster.client());
    } catch (SolrServerException | SolrException | KeeperException e) {
      throw new IOException(
          "cannot create collection '" + cluster.collection() + "': " + Cluster.reason(e), e);
    } catch (TimeoutException e) {
      throw new IOException(
          "collection '"
              + cluster.collection()
              + "' was created but its replicas are not all"
              + " active after a minute; check the nodes' logs",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while creating the collection", e);
    }
  }

  private static void uploadConfigset(
      SolrZkClient zookeeper, String configset, List<String> userWords)
      throws IOException, KeeperException, InterruptedException {
    for (String file : CONFIG_FILES) {
      try (InputStream in =
          CollectionSetup.class.getResourceAsStream("/corpus/solr/conf/" + file)) {
        if (in == null) {
          throw new IOException("the jar has no configset file " + file);
        }
        write(zookeeper, configset, file, in.readAllBytes());
      }
    }
    StringBuilder words = new StringBuilder();
    userWords.forEach(word -> words.append(word).append('\n'));
    write(
        zookeeper,
        configset,
        CollectionFields.USER_WORDS,
        words.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void write(SolrZkClient zookeeper, String configset, String file, byte[] bytes)
      throws KeeperException, InterruptedException {
    String path = "/configs/" + configset + "/" + file;
    if (zookeeper.exists(path, true)) {
      zookeeper.setData(path, bytes, true);
    } else {
      zookeeper.makePath(path, bytes, true);
    }
  }
}

package corpus.query.solr;

import corpus.index.Schema;
import corpus.index.TextAnalysis;
import corpus.query.Corpus;
import corpus.query.CorpusStore;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import corpus.query.VerifyReport;
import corpus.query.lucene.QueryChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A corpus kept in a SolrCloud collection: the second backend. Questions are checked, and articles
 * read, by this machine with the local backend's code; the shards index and count.
 */
public final class SolrStore implements CorpusStore {
  private final String address;
  private final String collection;

  /**
   * @param address ZooKeeper's {@code host:port[,host:port...][/chroot]}
   */
  public SolrStore(String address, String collection) {
    this.address = address;
    this.collection = collection;
  }

  @Override
  public String location() {
    return "solr:" + address + " collection " + collection;
  }

  @Override
  public String analyzer() {
    return TextAnalysis.describeAll();
  }

  private String options() {
    return "--solr " + address + " --collection " + collection;
  }

  @Override
  public boolean exists() throws IOException {
    Cluster cluster = connection();
    boolean exists;
    try {
      exists = cluster.collectionExists() && !runs(cluster).isEmpty();
    } catch (IOException | RuntimeException e) {
      forget(cluster);
      throw e;
    }
    if (!exists) {
      forget(cluster);
    }
    return exists;
  }

  /**
   * The connection {@link #exists} made, kept for the {@link #open} that follows it, so that a
   * question connects to ZooKeeper once, not twice; null when there is none.
   */
  private Cluster connected;

  private Cluster connection() throws IOException {
    if (connected == null) {
      connected = Cluster.connect(address, collection);
    }
    return connected;
  }

  private void forget(Cluster cluster) throws IOException {
    connected = null;
    cluster.close();
  }

  @Override
  public String absentAdvice() {
    return "the cluster at "
        + address
        + " has no corpus in collection '"
        + collection
        + "'; create it with 'corpus solr init "
        + options()
        + "' and fill it with 'corpus index DIR "
        + options()
        + "'";
  }

  @Override
  public void checkQuery(String query) {
    QueryChecks.query(query);
  }

  @Override
  public void checkTerm(String term) {
    QueryChecks.term(term);
  }

  @Override
  public List<String> readUserDictionary(Path file) {
    return QueryChecks.userDictionary(file);
  }

  @Override
  public Corpus open() throws IOException {
    Cluster cluster = connection();
    connected = null; // the corpus closes it
    try {
      checkCollection(cluster);
      List<RunRecord> runs = runs(cluster);
      if (runs.isEmpty()) {
        throw new IOException(absentAdvice()); // nothing indexed: no answer, not an empty one
      }
      return new SolrCorpus(cluster, runs);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  @Override
  public IndexSummary index(IndexRequest request, IndexProgress progress) throws IOException {
    try (Cluster cluster = Cluster.connect(address, collection)) {
      checkCollection(cluster);
      return new SolrIndexer(cluster, Clock.systemUTC()).index(request, progress);
    }
  }

  @Override
  public VerifyReport verify(boolean checksumsOnly) throws IOException {
    try (Cluster cluster = Cluster.connect(address, collection)) {
      checkCollection(cluster);
      return new ClusterVerifier(cluster, SolrIndexer.hostName())
          .verify(checksumsOnly, runs(cluster));
    }
  }

  /**
   * Creates the collection ({@code corpus solr init}): uploads the configset and waits until every
   * replica is active.
   *
   * @param userWords the words its Chinese articles are segmented with ({@code --user-dict})
   * @return the configset's name
   */
  public String create(int shards, int replicas, List<String> userWords) throws IOException {
    try (Cluster cluster = Cluster.connect(address, collection)) {
      new CollectionSetup(cluster).create(shards, replicas, userWords);
      return CollectionSetup.configset(collection);
    }
  }

  /** Refuses a collection that is missing, not a corpus, or indexed by another schema version. */
  private void checkCollection(Cluster cluster) throws IOException {
    if (!cluster.collectionExists()) {
      throw new IOException(absentAdvice());
    }
    String schema = cluster.properties().get(RunRecord.SCHEMA_PROPERTY);
    if (schema == null) {
      throw new IOException(
          "collection '" + collection + "' at " + address + " was not made by 'corpus solr init'");
    }
    if (!schema.equals(Schema.VERSION)) {
      throw new IOException(
          "collection '"
              + collection
              + "' holds articles of another version of corpus (schema "
              + schema
              + ", this one writes "
              + Schema.VERSION
              + "); create a new collection with 'corpus solr init'");
    }
  }

  static List<RunRecord> runs(Cluster cluster) throws IOException {
    List<RunRecord> runs = new ArrayList<>();
    for (Map.Entry<String, String> property : cluster.properties().entrySet()) {
      if (property.getKey().startsWith(RunRecord.PREFIX)) {
        runs.add(RunRecord.fromJson(property.getValue()));
      }
    }
    runs.sort(Comparator.comparing(RunRecord::origin));
    return runs;
  }
}

package corpus.query.solr;

import com.fasterxml.jackson.databind.JavaType;
import corpus.query.InvalidQueryException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * A SolrCloud cluster as this tool reaches it: through ZooKeeper, one collection. Asks every shard
 * a question ({@link Wire}) and hands back their parts; a shard whose replica does not answer is
 * asked through another of its replicas. SolrJ's failures end here, as one-line {@link
 * IOException}s.
 */
final class Cluster implements Closeable {
  private final String address;
  private final String collection;
  private final CloudHttp2SolrClient client;

  /** Asks the shards; daemon threads, so a question cut short never keeps the JVM alive. */
  private final ExecutorService shards;

  private static ExecutorService newAskers() {
    return Executors.newCachedThreadPool(
        task -> {
          Thread thread = new Thread(task, "corpus-shard-request");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Questions are answered with every near-duplicate copy set aside ({@code --dedup}). */
  private final boolean withoutCopies;

  /** This is a view of another cluster's connection, which that one closes. */
  private final boolean view;

  private Cluster(String address, String collection, CloudHttp2SolrClient client) {
    this.address = address;
    this.collection = collection;
    this.client = client;
    this.shards = newAskers();
    this.withoutCopies = false;
    this.view = false;
  }

  private Cluster(Cluster of) {
    this.address = of.address;
    this.collection = of.collection;
    this.client = of.client;
    this.shards = of.shards;
    this.withoutCopies = true;
    this.view = true;
  }

  /**
   * The same cluster, its shards asked to answer with every near-duplicate copy set aside; closing
   * it leaves this one open.
   */
  Cluster withoutCopies() {
    return new Cluster(this);
  }

  /**
   * @param address ZooKeeper's {@code host:port[,host:port...][/chroot]}
   * @throws IOException when ZooKeeper cannot be reached
   */
  static Cluster connect(String address, String collection) throws IOException {
    int slash = address.indexOf('/');
    String hosts = slash < 0 ? address : address.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(address.substring(slash));
    CloudHttp2SolrClient client =
        new CloudHttp2SolrClient.Builder(Arrays.asList(hosts.split(",")), chroot)
            .withZkConnectTimeout(10, TimeUnit.SECONDS)
            .withZkClientTimeout(30, TimeUnit.SECONDS)
            .build();
    try {
      client.connect();
    } catch (RuntimeException e) {
      client.close();
      throw new IOException(
          "cannot reach the cluster's ZooKeeper at " + address + " (" + reason(e) + ")", e);
    }
    return new Cluster(address, collection, client);
  }

  String address() {
    return address;
  }

  String collection() {
    return collection;
  }

  CloudHttp2SolrClient client() {
    return client;
  }

  ZkStateReader zookeeper() {
    return ((ZkClientClusterStateProvider) client.getClusterStateProvider()).getZkStateReader();
  }

  boolean collectionExists() {
    return client.getClusterState().getCollectionOrNull(collection) != null;
  }

  /** The collection's properties (ours start with {@code corpus.}). */
  Map<String, String> properties() {
    return zookeeper().getCollectionProperties(collection);
  }

  /**
   * Asks every shard of the collection the same question.
   *
   * @return each shard's answer, in shard order
   * @throws IOException when no replica of a shard gives an answer
   */
  <T> List<T> askShards(Wire.Op op, Object args, JavaType answer) throws IOException {
    return askEachShard(op, shard -> args, answer);
  }

  /**
   * Asks every shard of the collection a question of its own.
   *
   * @param argsOf the arguments for the shard at a place in shard order; null to leave it unasked
   * @return each shard's answer, in shard order; null for a shard left unasked
   * @throws IOException when no replica of a shard gives an answer
   */
  <T> List<T> askEachShard(Wire.Op op, IntFunction<Object> argsOf, JavaType answer)
      throws IOException {
    ClusterState state = client.getClusterState();
    List<Slice> slices = new ArrayList<>(collectionIn(state).getActiveSlices());
    slices.sort(Comparator.comparing(Slice::getName));
    // Every shard at once: a question takes as long as its slowest shard, not their sum.
    List<Future<String>> asked = new ArrayList<>();
    for (int s = 0; s < slices.size(); s++) {
      Slice slice = slices.get(s);
      Object args = argsOf.apply(s);
      if (args == null) {
        asked.add(null);
        continue;
      }
      ModifiableSolrParams params = params(op, args);
      asked.add(shards.submit(() -> askShard(state, slice, params)));
    }
    List<T> parts = new ArrayList<>();
    try {
      for (Future<String> answered : asked) {
        parts.add(answered == null ? null : Wire.JSON.readValue(answered.get(), answer));
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking the shards", e);
    } finally {
      asked.stream().filter(Objects::nonNull).forEach(future -> future.cancel(true));
    }
    return parts;
  }

  /**
   * One replica as the cluster state and the replica itself describe it.
   *
   * @param problem why it could not say what it holds (down, not active, no answer), or null
   * @param holds what it holds, or null with a problem
   */
  record ReplicaState(
      String shard, String core, String node, boolean leader, String problem, Wire.Replica holds) {}

  /** Every replica of every shard, each asked what it holds. */
  List<ReplicaState> replicas() throws IOException {
    ClusterState state = client.getClusterState();
    ModifiableSolrParams params = params(Wire.Op.REPLICA);
    List<ReplicaState> replicas = new ArrayList<>();
    List<Slice> slices = new ArrayList<>(collectionIn(state).getSlices());
    slices.sort(Comparator.comparing(Slice::getName));
    for (Slice slice : slices) {
      Replica leader = slice.getLeader();
      List<Replica> sorted = new ArrayList<>(slice.getReplicas());
      sorted.sort(Comparator.comparing(Replica::getCoreName));
      for (Replica replica : sorted) {
        boolean live = state.getLiveNodes().contains(replica.getNodeName());
        String problem = null;
        Wire.Replica holds = null;
        if (!live) {
          problem = "its node is down";
        } else if (replica.getState() != Replica.State.ACTIVE) {
          problem = "it is " + replica.getState().toString().toLowerCase(Locale.ROOT);
        } else {
          try {
            holds = Wire.JSON.readValue(ask(replica, params), Wire.Replica.class);
          } catch (SolrServerException | IOException | SolrException e) {
            problem = "it does not answer (" + reason(e) + ")";
          }
        }
        replicas.add(
            new ReplicaState(
                slice.getName(),
                replica.getCoreName(),
                replica.getNodeName(),
                replica.equals(leader),
                problem,
                holds));
      }
    }
    return replicas;
  }

  /** The names of the collection's active shards, in order. */
  List<String> shards() throws IOException {
    List<String> names = new ArrayList<>();
    collectionIn(client.getClusterState()).getActiveSlices().forEach(s -> names.add(s.getName()));
    names.sort(null);
    return names;
  }

  /**
   * Asks one shard a question.
   *
   * @throws IOException when the shard is gone, or no replica of it gives an answer
   */
  <T> T askShard(String shard, Wire.Op op, Object args, JavaType answer) throws IOException {
    ClusterState state = client.getClusterState();
    return Wire.JSON.readValue(
        askShard(state, activeSlice(state, shard), params(op, args)), answer);
  }

  private Slice activeSlice(ClusterState state, String shard) throws IOException {
    Slice slice = collectionIn(state).getActiveSlicesMap().get(shard);
    if (slice == null) {
      throw new IOException("collection '" + collection + "' has no active shard " + shard);
    }
    return slice;
  }

  /** One shard's answer, from the first of its live replicas that gives one. */
  private String askShard(ClusterState state, Slice slice, ModifiableSolrParams params)
      throws IOException {
    List<Replica> replicas = new ArrayList<>(slice.getReplicas());
    Replica leader = slice.getLeader();
    replicas.sort(Comparator.comparing((Replica r) -> !r.equals(leader)));
    Exception last = null;
    for (Replica replica : replicas) {
      if (replica.getState() != Replica.State.ACTIVE
          || !state.getLiveNodes().contains(replica.getNodeName())) {
        continue;
      }
      try {
        return ask(replica, params);
      } catch (SolrServerException | IOException | SolrException e) {
        last = e;
      }
    }
    throw new IOException(
        last == null
            ? "shard " + slice.getName() + " of collection '" + collection + "' has no live replica"
            : "no replica of shard "
                + slice.getName()
                + " of collection '"
                + collection
                + "' gave an answer (the last: "
                + reason(last)
                + ")",
        last);
  }

  private DocCollection collectionIn(ClusterState state) throws IOException {
    DocCollection docs = state.getCollectionOrNull(collection);
    if (docs == null) {
      throw new IOException(
          "the cluster at " + address + " has no collection '" + collection + "'");
    }
    return docs;
  }

  private ModifiableSolrParams params(Wire.Op op, Object args) throws IOException {
    ModifiableSolrParams params = params(op);
    params.set(Wire.ARGS, Wire.JSON.writeValueAsString(args));
    return params;
  }

  /** A question for one core only: never passed on to the other shards. */
  private ModifiableSolrParams params(Wire.Op op) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(Wire.OP, op.name());
    params.set("distrib", false);
    if (withoutCopies) {
      params.set(Wire.DEDUP, true);
    }
    return params;
  }

  /**
   * Asks every replica of one shard that is up the same question: for what each replica must do
   * itself.
   *
   * @return the replicas that could not be asked (their node down, or not active), by core name
   * @throws IOException when a replica that is up fails, or none is up
   */
  List<String> askReplicas(String shard, Wire.Op op, Object args) throws IOException {
    ClusterState state = client.getClusterState();
    Slice slice = activeSlice(state, shard);
    ModifiableSolrParams params = params(op, args);
    List<String> missed = new ArrayList<>();
    for (Replica replica : slice.getReplicas()) {
      if (replica.getState() != Replica.State.ACTIVE
          || !state.getLiveNodes().contains(replica.getNodeName())) {
        missed.add(replica.getCoreName());
        continue;
      }
      try {
        ask(replica, params);
      } catch (SolrServerException | IOException | SolrException e) {
        throw new IOException(
            "replica " + replica.getCoreName() + " of shard " + shard + " failed: " + reason(e), e);
      }
    }
    if (missed.size() == slice.getReplicas().size()) {
      throw new IOException(
          "shard " + shard + " of collection '" + collection + "' has no live replica");
    }
    missed.sort(null);
    return missed;
  }

  /**
   * One replica's answer, as JSON.
   *
   * @throws InvalidQueryException when the replica's parser refused the question
   */
  private String ask(Replica replica, ModifiableSolrParams params)
      throws SolrServerException, IOException {
    GenericSolrRequest request =
        new GenericSolrRequest(SolrRequest.METHOD.POST, Wire.HANDLER, params)
            .setRequiresCollection(true);
    NamedList<Object> response =
        client
            .getHttpClient()
            .requestWithBaseUrl(replica.getBaseUrl(), replica.getCoreName(), request)
            .getResponse();
    if (response.get(Wire.INVALID) != null) {
      throw new InvalidQueryException((String) response.get(Wire.INVALID));
    }
    return (String) response.get(Wire.ANSWER);
  }

  /** The first line of what went wrong, without SolrJ's stack of wrappers. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public void close() throws IOException {
    if (view) {
      return;
    }
    shards.shutdownNow();
    client.close();
  }
}

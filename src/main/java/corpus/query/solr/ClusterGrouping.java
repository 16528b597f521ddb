package corpus.query.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import corpus.dedup.Shingles;
import corpus.index.DuplicatePlace;
import corpus.index.NearDuplicateGrouping;
import corpus.index.SketchTable;
import corpus.query.lucene.DuplicateParts;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;

/**
 * Groups the near-duplicates of a whole collection, whichever machine indexed each article and
 * whichever shard holds it, into the groups one local index of all the articles would have: the
 * articles' sketches are read from every shard and grouped here ({@link NearDuplicateGrouping}),
 * the pairs near the threshold judged on shingles the shards send, and every replica writes the
 * places of its own articles.
 *
 * <p>Articles are numbered shard by shard in key order. A copy's canonical article is named by its
 * key, unique in the collection: two machines may both have an article {@code 2024/a.txt}.
 *
 * <p>This machine holds every article's sketch, id and a few numbers while it groups, about 300
 * bytes an article (1 GB of news, 899,343 articles, groups within a 1 GiB heap), so a few tens of
 * millions of articles on a machine with a large heap; past that the banding itself has to be
 * spread over the shards.
 */
final class ClusterGrouping {
  /** The collection property that records the last grouping ({@link State}). */
  static final String PROPERTY = "corpus.dups";

  /** Articles read per shard and page: 20,000 sketches are about 4 MB of JSON. */
  private static final int SKETCH_PAGE = 20_000;

  /** Articles whose shingles are asked for at once: a few MB for articles of news length. */
  private static final int SHINGLE_WINDOW = 2_000;

  /** Places written per replica and request. */
  private static final int PLACES_PAGE = 20_000;

  /** How long a run waits for another machine's grouping to finish. */
  private static final long LOCK_WAIT_MILLIS = 30 * 60_000L;

  private final Cluster cluster;

  ClusterGrouping(Cluster cluster) {
    this.cluster = cluster;
  }

  /**
   * The last grouping of the collection.
   *
   * @param threshold the similarity it grouped from
   * @param complete whether its places were all written and committed
   */
  record State(double threshold, boolean complete) {
    String toJson() {
      try {
        return Wire.JSON.writeValueAsString(this);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The collection's last grouping, or null if it was never grouped. */
  static State recorded(Cluster cluster) throws IOException {
    String json = cluster.properties().get(PROPERTY);
    return json == null ? null : Wire.JSON.readValue(json, State.class);
  }

  /**
   * Groups every article of the collection again, and has every replica that is up write its
   * articles' places; one grouping at a time in the whole cluster, as several machines may finish
   * their index runs at once.
   *
   * @return the replicas that were down and wrote nothing, by core name
   */
  List<String> regroup(double threshold) throws IOException {
    try (Lock lock = Lock.take(cluster)) {
      record(new State(threshold, false));
      Articles articles = read();
      NearDuplicateGrouping.Places places;
      try (ShardJudge judge = new ShardJudge(articles)) {
        places =
            new NearDuplicateGrouping(threshold)
                .group(articles.sketches, articles.orderHashes(), articles::compare, judge);
      }
      List<String> missed = write(articles, places);
      cluster.client().commit(cluster.collection());
      record(new State(threshold, missed.isEmpty()));
      return missed;
    } catch (SolrServerException e) {
      throw new IOException(
          "the cluster failed while grouping near-duplicates ("
              + Cluster.reason(e)
              + "); run the same command again to group them",
          e);
    }
  }

  private void record(State state) throws IOException {
    try {
      CollectionAdminRequest.setCollectionProperty(cluster.collection(), PROPERTY, state.toJson())
          .process(cluster.client());
    } catch (SolrServerException e) {
      throw new IOException("the cluster did not record the grouping: " + Cluster.reason(e), e);
    }
  }

  /**
   * Every live article of the collection, numbered as the shards' pages came, each shard's in key
   * order. Kept compact, as it is held for the whole grouping: an article's key is its origin's
   * prefix (a few per collection) and its id, and its sketch is in a {@link SketchTable}.
   */
  private static final class Articles {
    final List<String> shards;
    final SketchTable sketches = new SketchTable(0);
    private final List<String> prefixes = new ArrayList<>(); // "origin/", by number
    private final Map<String, Short> prefixNumbers = new HashMap<>();
    private String[] id = new String[1024];
    private short[] prefix = new short[1024];
    private short[] shard = new short[1024];
    long[] day = new long[1024];
    long[] orderHash = new long[1024];

    Articles(List<String> shards) {
      this.shards = shards;
    }

    int count() {
      return sketches.count();
    }

    void add(int shardNumber, DuplicateParts.SketchEntry entry) {
      int a = sketches.add(entry.sketch());
      if (a == id.length) {
        int length = a * 2;
        id = Arrays.copyOf(id, length);
        prefix = Arrays.copyOf(prefix, length);
        shard = Arrays.copyOf(shard, length);
        day = Arrays.copyOf(day, length);
        orderHash = Arrays.copyOf(orderHash, length);
      }
      if (!entry.key().endsWith(entry.id())) {
        throw new IllegalStateException("key " + entry.key() + " does not end in its id");
      }
      String keyPrefix = entry.key().substring(0, entry.key().length() - entry.id().length());
      Short number = prefixNumbers.get(keyPrefix);
      if (number == null) {
        number = (short) prefixes.size();
        prefixes.add(keyPrefix);
        prefixNumbers.put(keyPrefix, number);
      }
      id[a] = entry.id();
      prefix[a] = number;
      shard[a] = (short) shardNumber;
      day[a] = entry.day();
      orderHash[a] = NearDuplicateGrouping.orderHash(new BytesRef(entry.id()));
    }

    /** The hashes of every article, exactly as many as there are articles. */
    long[] orderHashes() {
      return Arrays.copyOf(orderHash, count());
    }

    String key(int article) {
      return prefixes.get(prefix[article]) + id[article];
    }

    int shardOf(int article) {
      return shard[article];
    }

    /** The canonical article first: the earliest dated, then the smallest id (and key). */
    int compare(int a, int b) {
      if (day[a] != day[b]) {
        return Long.compare(day[a], day[b]);
      }
      int byId = id[a].compareTo(id[b]);
      return byId != 0 ? byId : key(a).compareTo(key(b));
    }
  }

  /** Every shard's sketches, page by page, the shards asked at once. */
  private Articles read() throws IOException {
    List<String> shards = cluster.shards();
    JavaType page = Wire.JSON.constructType(DuplicateParts.SketchPage.class);
    Articles articles = new Articles(shards);
    String[] after = new String[shards.size()];
    boolean[] done = new boolean[shards.size()];
    while (!allTrue(done)) {
      List<DuplicateParts.SketchPage> pages =
          cluster.askEachShard(
              Wire.Op.DUP_SKETCHES,
              s -> done[s] ? null : new Wire.PageArgs(after[s], SKETCH_PAGE),
              page);
      for (int s = 0; s < shards.size(); s++) {
        DuplicateParts.SketchPage part = pages.get(s);
        if (part != null) {
          for (DuplicateParts.SketchEntry entry : part.articles()) {
            articles.add(s, entry);
          }
          after[s] = part.last();
          done[s] = part.done();
        }
      }
    }
    return articles;
  }

  private static boolean allTrue(boolean[] values) {
    for (boolean value : values) {
      if (!value) {
        return false;
      }
    }
    return true;
  }

  /**
   * Judges pairs on the shingles the shards send. Each article's shingles are asked for once in a
   * grouping, a window of a few thousand articles at a time (every shard asked at once), and kept
   * in a temporary file, which the page cache serves as the pairs are judged: an article is in
   * pairs of many bands and windows, and memory does not hold every article's shingles. (With a
   * cache of the most recent ones instead, 1 GB fetched 8.4 million articles' shingles for 6.2
   * million pairs of 0.9 million articles, and judging took 150 s of a 170 s grouping.)
   */
  private final class ShardJudge implements NearDuplicateGrouping.Judge, Closeable {
    private final Articles articles;
    private final Path file;
    private final FileChannel channel;
    private final long[] offset; // in the file, by article; -1 until fetched, -2 if gone
    private final int[] length; // shingles
    private long end;

    ShardJudge(Articles articles) throws IOException {
      this.articles = articles;
      this.file = Files.createTempFile("corpus-shingles-", ".bin");
      this.channel =
          FileChannel.open(
              file,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE);
      this.offset = new long[articles.count()];
      this.length = new int[articles.count()];
      Arrays.fill(offset, -1);
    }

    @Override
    public double[] similarities(long[] pairs) throws IOException {
      Set<Integer> missing = new LinkedHashSet<>();
      for (long pair : pairs) {
        for (int article : new int[] {(int) (pair >>> 32), (int) pair}) {
          if (offset[article] == -1) {
            missing.add(article);
          }
        }
      }
      fetch(missing);
      double[] similarity = new double[pairs.length];
      int cachedFor = -1;
      long[] first = null;
      for (int p = 0; p < pairs.length; p++) {
        int a = (int) (pairs[p] >>> 32);
        if (a != cachedFor) {
          first = read(a);
          cachedFor = a;
        }
        long[] second = read((int) pairs[p]);
        // An article removed since its sketch was read resembles nothing; the next run regroups.
        similarity[p] = first == null || second == null ? 0 : Shingles.jaccard(first, second);
      }
      return similarity;
    }

    /** Asks the shards for the articles' shingles, a window at a time, and appends them. */
    private void fetch(Set<Integer> missing) throws IOException {
      List<Integer> window = new ArrayList<>();
      for (Iterator<Integer> it = missing.iterator(); it.hasNext(); ) {
        window.add(it.next());
        if (window.size() == SHINGLE_WINDOW || !it.hasNext()) {
          Map<Integer, long[]> fetched = shinglesOf(articles, new LinkedHashSet<>(window));
          for (int article : window) {
            long[] shingles = fetched.get(article);
            if (shingles == null) {
              offset[article] = -2;
              continue;
            }
            byte[] bytes = DuplicateParts.shingleBytes(shingles);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
              channel.write(buffer, end + buffer.position());
            }
            offset[article] = end;
            length[article] = shingles.length;
            end += bytes.length;
          }
          window.clear();
        }
      }
    }

    private long[] read(int article) throws IOException {
      if (offset[article] < 0) {
        return null;
      }
      ByteBuffer buffer = ByteBuffer.allocate(length[article] * Long.BYTES);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, offset[article] + buffer.position()) < 0) {
          throw new IOException("the shingles file " + file + " ended early");
        }
      }
      return DuplicateParts.shinglesOf(buffer.array());
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  private Map<Integer, long[]> shinglesOf(Articles articles, Set<Integer> window)
      throws IOException {
    List<List<Integer>> asked = new ArrayList<>();
    for (int s = 0; s < articles.shards.size(); s++) {
      asked.add(new ArrayList<>());
    }
    for (int article : window) {
      asked.get(articles.shardOf(article)).add(article);
    }
    JavaType answer = Wire.JSON.getTypeFactory().constructCollectionType(List.class, byte[].class);
    List<List<byte[]>> parts =
        cluster.askEachShard(
            Wire.Op.DUP_SHINGLES,
            s -> {
              if (asked.get(s).isEmpty()) {
                return null;
              }
              List<String> keys = new ArrayList<>();
              asked.get(s).forEach(article -> keys.add(articles.key(article)));
              return keys;
            },
            answer);
    Map<Integer, long[]> shingles = new HashMap<>();
    for (int s = 0; s < parts.size(); s++) {
      if (parts.get(s) != null) {
        for (int i = 0; i < asked.get(s).size(); i++) {
          byte[] bytes = parts.get(s).get(i);
          shingles.put(
              asked.get(s).get(i), bytes == null ? null : DuplicateParts.shinglesOf(bytes));
        }
      }
    }
    return shingles;
  }

  /**
   * Has every replica that is up write its shard's places, in pages by key: each page names the
   * range of keys it covers, so an article of the range that is not listed is alone.
   */
  private List<String> write(Articles articles, NearDuplicateGrouping.Places places)
      throws IOException {
    Set<String> missed = new TreeSet<>();
    for (int s = 0; s < articles.shards.size(); s++) {
      String after = null;
      List<DuplicateParts.KeyedPlace> page = new ArrayList<>();
      // In article order, which is the shard's key order; one page held at a time.
      for (int a = 0; a < articles.count(); a++) {
        int canonical = places.canonical()[a];
        if (articles.shardOf(a) != s || canonical < 0) {
          continue;
        }
        if (page.size() == PLACES_PAGE) {
          String last = page.get(page.size() - 1).key();
          missed.addAll(writePage(articles.shards.get(s), after, last, page));
          after = last;
          page = new ArrayList<>();
        }
        page.add(
            new DuplicateParts.KeyedPlace(
                articles.key(a),
                DuplicatePlace.of(
                    places.role()[a], articles.key(canonical), places.similarity()[a])));
      }
      missed.addAll(writePage(articles.shards.get(s), after, null, page));
    }
    return List.copyOf(missed);
  }

  /** Has every replica of a shard that is up write one page; the last page has no end key. */
  private List<String> writePage(
      String shard, String after, String last, List<DuplicateParts.KeyedPlace> page)
      throws IOException {
    return cluster.askReplicas(shard, Wire.Op.DUP_PLACES, new Wire.PlacesArgs(after, last, page));
  }

  /**
   * One grouping at a time in the cluster: an ephemeral node in ZooKeeper, gone when its holder's
   * session ends, so a machine that dies while grouping never blocks the others.
   */
  private record Lock(SolrZkClient zookeeper, String path) implements AutoCloseable {
    static Lock take(Cluster cluster) throws IOException {
      SolrZkClient zookeeper = cluster.zookeeper().getZkClient();
      String parent = "/corpus/" + cluster.collection();
      String path = parent + "/grouping";
      byte[] holder = SolrIndexer.hostName().getBytes(StandardCharsets.UTF_8);
      long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
      try {
        zookeeper.makePath(parent, false, true);
        while (true) {
          try {
            zookeeper.create(path, holder, CreateMode.EPHEMERAL, true);
            return new Lock(zookeeper, path);
          } catch (KeeperException.NodeExistsException held) {
            if (System.currentTimeMillis() > deadline) {
              throw new IOException(
                  "another machine has been grouping the collection's near-duplicates for "
                      + LOCK_WAIT_MILLIS / 60_000
                      + " minutes ("
                      + path
                      + " in ZooKeeper); run the same command again later");
            }
            Thread.sleep(1000);
          }
        }
      } catch (KeeperException e) {
        throw new IOException("ZooKeeper refused the grouping's lock: " + Cluster.reason(e), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting to group near-duplicates", e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        zookeeper.delete(path, -1, true);
      } catch (KeeperException.NoNodeException gone) {
        // the session ended and took the node with it
      } catch (KeeperException e) {
        throw new IOException("ZooKeeper kept the grouping's lock: " + Cluster.reason(e), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while leaving the grouping's lock", e);
      }
    }
  }
}

package corpus.query.solr;

import com.fasterxml.jackson.databind.JavaType;
import corpus.load.Article;
import corpus.load.ArticleReader;
import corpus.load.CorpusListing;
import corpus.load.CorpusWalker;
import corpus.load.LoadOutcome;
import corpus.load.Skipped;
import corpus.load.SourceFile;
import corpus.load.records.FieldMapping;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * An index run into a SolrCloud collection: this machine's loader reads the corpus folder, as for a
 * local index, and sends each article as the loader read it; the shards build its Lucene fields.
 * Incremental by what the collection holds of this run's origin: files added, changed or removed
 * since, and the records of a record file counted, so a run stopped part-way (killed, or a node
 * lost) is completed by the next one with nothing lost or doubled. Only the run's last commit makes
 * its articles visible to questions.
 */
final class SolrIndexer {
  /** Articles per update request: big enough to keep the shards busy, small enough to retry. */
  private static final int BATCH_ARTICLES = 500;

  private static final long BATCH_CHARS = 8L << 20;

  private final Cluster cluster;
  private final Clock clock;

  SolrIndexer(Cluster cluster, Clock clock) {
    this.cluster = cluster;
    this.clock = clock;
  }

  /** What the collection holds of one file of this origin. */
  private record KnownFile(long size, long modified, long records, Map<String, String> hashes) {
    boolean unchanged(SourceFile file) {
      return size == file.size() && modified == file.modifiedMillis() && records == hashes.size();
    }
  }

  /** Counts and lists filled in by the worker threads. */
  private static final class Outcomes {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger removed = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final ConcurrentLinkedQueue<Skipped> skipped = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<IndexSummary.FileFields> fields = new ConcurrentLinkedQueue<>();
    final ConcurrentHashMap<String, String> givenIds = new ConcurrentHashMap<>();
  }

  IndexSummary index(IndexRequest request, IndexProgress progress) throws IOException {
    if (request.userWords() != null && !request.userWords().isEmpty()) {
      throw new IOException(
          "a cluster's user dictionary is its collection's, given when it is made: 'corpus solr"
              + " init --user-dict FILE'");
    }
    Path root = request.corpusRoot().toAbsolutePath().normalize();
    String origin = hostName() + ":" + root;
    Outcomes outcomes = new Outcomes();
    try {
      sendChanges(request, root, origin, outcomes, progress);
      groupNearDuplicates(request, outcomes);
    } catch (SolrServerException | SolrException e) {
      throw new IOException(
          "the cluster failed while indexing ("
              + Cluster.reason(e)
              + "); nothing is lost: run the same command again to complete the run",
          e);
    }
    return summary(root, outcomes);
  }

  /**
   * Sends what changed in the folder since the origin's last run, and commits: the run's articles
   * become visible. The folder's listing and what the collection held of it are let go when this
   * returns, before near-duplicates are grouped: at 1 GB they took 300 MB of a 1 GB heap, and the
   * grouping ran out of it.
   */
  private void sendChanges(
      IndexRequest request, Path root, String origin, Outcomes outcomes, IndexProgress progress)
      throws IOException, SolrServerException {
    try {
      CorpusListing listing = new CorpusWalker(request.glob()).list(root);
      String recorded = cluster.properties().get(RunRecord.propertyOf(origin));
      RunRecord before = recorded == null ? null : RunRecord.fromJson(recorded);
      boolean remap = before != null && !before.fields().equals(request.fields());
      outcomes.skipped.addAll(listing.problems());
      if (request.rebuild()) {
        cluster.client().deleteByQuery(cluster.collection(), "{!term f=origin}" + origin);
      }
      Map<String, KnownFile> known = request.rebuild() ? new HashMap<>() : known(origin);
      record(
          new RunRecord(
              origin, root.toString(), request.glob(), clock.instant(), false, request.fields()));
      update(origin, root, listing, known, request, remap, outcomes, progress);
      outcomes.givenIds.clear();
      cluster.client().commit(cluster.collection());
      record(
          new RunRecord(
              origin, root.toString(), request.glob(), clock.instant(), true, request.fields()));
    } finally {
      progress.finish();
    }
  }

  /**
   * Groups the collection's near-duplicates again when they may have changed: this run changed
   * articles, the threshold is another, the last grouping did not finish (another machine's
   * included), or a replica's places differ from the others' (it was down while they were written).
   * The groups are the whole collection's, whichever machine indexed each article.
   *
   * @throws IOException when a replica was down and wrote nothing: the next run writes it
   */
  private void groupNearDuplicates(IndexRequest request, Outcomes outcomes) throws IOException {
    ClusterGrouping.State before = ClusterGrouping.recorded(cluster);
    double threshold =
        request.dupThreshold() != null
            ? request.dupThreshold()
            : before != null ? before.threshold() : IndexRequest.DEFAULT_DUP_THRESHOLD;
    boolean changed = outcomes.added.get() + outcomes.updated.get() + outcomes.removed.get() > 0;
    if (!changed
        && before != null
        && before.complete()
        && before.threshold() == threshold
        && replicasAgree()) {
      return;
    }
    List<String> missed = new ClusterGrouping(cluster).regroup(threshold);
    if (!missed.isEmpty()) {
      throw new IOException(
          "replica "
              + String.join(", ", missed)
              + " was down while near-duplicates were grouped; run the same command again when"
              + " every node is up, to write its groups");
    }
  }

  /** Whether every shard's live replicas hold the same articles and places. */
  private boolean replicasAgree() throws IOException {
    Map<String, Long> digests = new HashMap<>();
    for (Cluster.ReplicaState replica : cluster.replicas()) {
      if (replica.holds() != null) {
        Long other = digests.putIfAbsent(replica.shard(), replica.holds().digest());
        if (other != null && other != replica.holds().digest()) {
          return false;
        }
      }
    }
    return true;
  }

  private void record(RunRecord run) throws IOException, SolrServerException {
    CollectionAdminRequest.setCollectionProperty(
            cluster.collection(), RunRecord.propertyOf(run.origin()), run.toJson())
        .process(cluster.client());
  }

  /** Articles asked for per shard in pages of this many, as {@code docs} asks for them. */
  private static final int FILES_PAGE = 10_000;

  /** Every live article of this origin, as the collection holds it, shard by shard in pages. */
  static List<Wire.IndexedArticle> indexedArticles(Cluster cluster, String origin)
      throws IOException {
    JavaType page = Wire.JSON.constructType(Wire.FilesPage.class);
    List<Wire.IndexedArticle> articles = new ArrayList<>();
    for (String shard : cluster.shards()) {
      String after = null;
      for (boolean done = false; !done; ) {
        Wire.FilesPage part =
            cluster.askShard(
                shard, Wire.Op.FILES, new Wire.FilesArgs(origin, after, FILES_PAGE), page);
        articles.addAll(part.articles());
        after = part.last();
        done = part.done();
      }
    }
    return articles;
  }

  /** Every file of this origin with live articles, as the collection holds it. */
  private Map<String, KnownFile> known(String origin) throws IOException {
    Map<String, KnownFile> known = new HashMap<>();
    for (Wire.IndexedArticle article : indexedArticles(cluster, origin)) {
      KnownFile file =
          known.computeIfAbsent(
              article.file(),
              f ->
                  new KnownFile(
                      article.size(), article.modified(), article.fileRecords(), new HashMap<>()));
      if (file.size() != article.size()
          || file.modified() != article.modified()
          || file.records() != article.fileRecords()) {
        // Articles of one file from two runs: the later run stopped part-way; read it again.
        file = new KnownFile(-1, file.modified(), file.records(), file.hashes());
        known.put(article.file(), file);
      }
      file.hashes().put(article.id(), article.hash());
    }
    return known;
  }

  private void update(
      String origin,
      Path root,
      CorpusListing listing,
      Map<String, KnownFile> known,
      IndexRequest request,
      boolean remap,
      Outcomes outcomes,
      IndexProgress progress)
      throws IOException, SolrServerException {
    long bytes = listing.files().stream().mapToLong(SourceFile::size).sum();
    progress.start(listing.files().size(), bytes);
    ArticleReader reader = new ArticleReader(FieldMapping.parse(request.fields()));
    List<SourceFile> toRead = new ArrayList<>();
    Map<String, KnownFile> gone = new HashMap<>(known);
    for (SourceFile file : listing.files()) {
      KnownFile before = gone.remove(file.id());
      if (before != null && before.unchanged(file) && !remap) {
        outcomes.unchanged.addAndGet(before.hashes().size());
        if (reader.idsGiven()) {
          before.hashes().keySet().forEach(id -> outcomes.givenIds.put(id, file.id()));
        }
        progress.fileDone(file.size());
      } else {
        toRead.add(file);
      }
    }
    List<String> removedKeys = new ArrayList<>();
    for (KnownFile file : gone.values()) {
      file.hashes().keySet().forEach(id -> removedKeys.add(keyOf(origin, id)));
    }
    if (!removedKeys.isEmpty()) {
      cluster.client().deleteById(cluster.collection(), removedKeys);
      outcomes.removed.addAndGet(removedKeys.size());
    }
    // Ids given by a field must be unique; when two records share one, the first in path order
    // wins, which only one reader in path order can decide the same way every run.
    int threads = reader.idsGiven() ? 1 : request.threads();
    readAndSend(origin, root, reader, toRead, known, threads, outcomes, progress);
  }

  private void readAndSend(
      String origin,
      Path root,
      ArticleReader reader,
      List<SourceFile> files,
      Map<String, KnownFile> known,
      int threads,
      Outcomes outcomes,
      IndexProgress progress)
      throws IOException, SolrServerException {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(
            pool.submit(
                () -> {
                  Batch batch = new Batch();
                  for (int i = next.getAndIncrement();
                      i < files.size();
                      i = next.getAndIncrement()) {
                    SourceFile file = files.get(i);
                    sendFile(origin, root, reader, file, known.get(file.id()), batch, outcomes);
                    progress.fileDone(file.size());
                  }
                  batch.flush();
                  return null;
                }));
      }
      for (Future<Void> future : running) {
        future.get();
      }
    } catch (ExecutionException e) {
      next.set(files.size());
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof SolrServerException server) {
        throw server;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Update requests of one worker, sent when full. */
  private final class Batch {
    private final List<SolrInputDocument> documents = new ArrayList<>();
    private long chars;

    void add(SolrInputDocument document, int length) throws IOException, SolrServerException {
      documents.add(document);
      chars += length;
      if (documents.size() >= BATCH_ARTICLES || chars >= BATCH_CHARS) {
        flush();
      }
    }

    void flush() throws IOException, SolrServerException {
      if (!documents.isEmpty()) {
        cluster.client().add(cluster.collection(), documents);
        documents.clear();
        chars = 0;
      }
    }
  }

  /**
   * Sends what one file now holds: every article it has (a record file's all together, each with
   * their number), and removes those of its articles it no longer has.
   */
  private void sendFile(
      String origin,
      Path root,
      ArticleReader reader,
      SourceFile file,
      KnownFile before,
      Batch batch,
      Outcomes outcomes)
      throws IOException, SolrServerException {
    List<Article> articles = new ArrayList<>();
    ArticleReader.FieldsUsed used;
    try {
      used =
          reader.readAll(
              file,
              outcome -> {
                if (outcome instanceof LoadOutcome.NotLoaded notLoaded) {
                  outcomes.skipped.add(notLoaded.skipped());
                } else {
                  articles.add(((LoadOutcome.Loaded) outcome).article());
                }
              });
    } catch (RuntimeException e) {
      outcomes.skipped.add(new Skipped(file.id(), "failed: " + e));
      return;
    }
    List<Article> kept = new ArrayList<>();
    for (Article article : articles) {
      boolean givenId = reader.idsGiven() && !article.id().equals(article.file());
      if (givenId) {
        String holder = outcomes.givenIds.putIfAbsent(article.id(), file.id());
        if (holder != null) {
          outcomes.skipped.add(
              new Skipped(article.id(), "repeated id (also in " + holder + "); not indexed twice"));
          continue;
        }
      }
      kept.add(article);
    }
    Set<String> seen = new HashSet<>();
    for (Article article : kept) {
      seen.add(article.id());
      String hashBefore = before == null ? null : before.hashes().get(article.id());
      (hashBefore == null
              ? outcomes.added
              : hashBefore.equals(article.contentHash()) ? outcomes.unchanged : outcomes.updated)
          .incrementAndGet();
      SolrInputDocument document = new SolrInputDocument();
      document.addField(CollectionFields.KEY, keyOf(origin, article.id()));
      document.addField(CollectionFields.ORIGIN, origin);
      document.addField(CollectionFields.ROOT, root.toString());
      document.addField(CollectionFields.FILE_RECORDS, (long) kept.size());
      String json = ArticleJson.write(article);
      document.addField(CollectionFields.ARTICLE, json);
      batch.add(document, json.length());
    }
    if (before != null) {
      List<String> vanished = new ArrayList<>();
      before.hashes().keySet().stream()
          .filter(id -> !seen.contains(id))
          .forEach(id -> vanished.add(keyOf(origin, id)));
      if (!vanished.isEmpty()) {
        cluster.client().deleteById(cluster.collection(), vanished);
        outcomes.removed.addAndGet(vanished.size());
      }
    }
    if (!used.byRole().isEmpty()) {
      Map<String, List<String>> roles = new LinkedHashMap<>();
      used.byRole().forEach((role, paths) -> roles.put(role, List.copyOf(paths)));
      outcomes.fields.add(new IndexSummary.FileFields(file.id(), roles));
    }
  }

  private IndexSummary summary(Path root, Outcomes outcomes) throws IOException {
    JavaType facts = Wire.JSON.getTypeFactory().constructType(Wire.Facts.class);
    List<String> undated = new ArrayList<>();
    List<IndexSummary.FallbackDecoding> fallback = new ArrayList<>();
    long groups = 0;
    long copies = 0;
    for (Object part : cluster.askShards(Wire.Op.FACTS, Map.of(), facts)) {
      Wire.Facts shard = (Wire.Facts) part;
      undated.addAll(shard.undated());
      fallback.addAll(shard.fallbackEncodings());
      groups += shard.canonicals();
      copies += shard.copies();
    }
    undated.sort(null);
    fallback.sort(Comparator.comparing(IndexSummary.FallbackDecoding::id));
    List<IndexSummary.SkippedFile> skipped = new ArrayList<>();
    outcomes.skipped.forEach(s -> skipped.add(new IndexSummary.SkippedFile(s.id(), s.reason())));
    skipped.sort(
        Comparator.comparing(IndexSummary.SkippedFile::id)
            .thenComparing(IndexSummary.SkippedFile::reason));
    return new IndexSummary(
        root.toString(),
        outcomes.added.get(),
        outcomes.updated.get(),
        outcomes.removed.get(),
        outcomes.unchanged.get(),
        skipped,
        undated,
        fallback,
        SolrCorpus.count(cluster),
        groups,
        copies,
        outcomes.fields.stream()
            .sorted(Comparator.comparing(IndexSummary.FileFields::file))
            .toList());
  }

  static String keyOf(String origin, String id) {
    return origin + "/" + id;
  }

  /** This machine's name, for the origin of what it indexes. */
  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}

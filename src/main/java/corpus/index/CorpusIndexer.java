package corpus.index;

import corpus.load.Article;
import corpus.load.ArticleReader;
import corpus.load.CorpusListing;
import corpus.load.CorpusWalker;
import corpus.load.LoadOutcome;
import corpus.load.Skipped;
import corpus.load.SourceFile;
import corpus.load.records.FieldMapping;
import corpus.query.IndexLockedException;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import java.util.function.IntFunction;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * Brings an index up to date with a corpus folder: new files are added, changed files replaced,
 * deleted files removed, unchanged files left alone. A run commits a checkpoint every so many files
 * and ends in a complete commit; a crash or kill leaves the last commit readable, and the next run
 * goes on from it.
 */
public final class CorpusIndexer {

  private final Clock clock;

  /** The current run's analyzers, built from the user dictionary it indexes with. */
  private Analyzers analyzers;

  /**
   * The current run segments Chinese with another user dictionary than the index did: its Chinese
   * articles are indexed again even where their text is unchanged.
   */
  private boolean resegment;

  public CorpusIndexer(Clock clock) {
    this.clock = clock;
  }

  /**
   * What the last commit holds for one file: enough to tell whether it changed, and the hash of
   * each of its articles (one for a text file, one per record for a record file).
   *
   * @param size the file's size, {@link Schema#SIZE_PENDING} when a run stopped part-way through it
   */
  record KnownFile(long size, long modified, Map<String, String> hashes) {
    boolean unchanged(SourceFile file) {
      return size == file.size() && modified == file.modifiedMillis();
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

    /**
     * Ids given by a record field ({@code --field id=...}) and the file that holds each: the user
     * says they are unique, and a repeat is reported rather than merged.
     */
    final ConcurrentHashMap<String, String> givenIds = new ConcurrentHashMap<>();
  }

  public IndexSummary index(Path indexDir, IndexRequest request, IndexProgress progress)
      throws IOException {
    Path root = request.corpusRoot().toAbsolutePath().normalize();
    CorpusListing listing = new CorpusWalker(request.glob()).list(root);
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir)) {
      return index(dir, indexDir, root, listing, request, progress);
    }
  }

  /** The run itself, on any Lucene directory: tests pass one that injects faults. */
  IndexSummary index(Directory dir, Path indexDir, IndexRequest request, IndexProgress progress)
      throws IOException {
    Path root = request.corpusRoot().toAbsolutePath().normalize();
    return index(
        dir, indexDir, root, new CorpusWalker(request.glob()).list(root), request, progress);
  }

  private IndexSummary index(
      Directory dir,
      Path indexDir,
      Path root,
      CorpusListing listing,
      IndexRequest request,
      IndexProgress progress)
      throws IOException {
    if (request.rebuild()) {
      clearIfUnreadable(dir, indexDir);
    }
    // An index written by another schema version is replaced, never half-reused.
    IndexMetadata before = DirectoryReader.indexExists(dir) ? IndexFacts.metadata(dir) : null;
    boolean startOver = request.rebuild() || (DirectoryReader.indexExists(dir) && before == null);
    // The dictionary stays the index's own until the user names another.
    List<String> userWords =
        request.userWords() != null
            ? request.userWords()
            : before != null ? before.userWords() : List.of();
    analyzers = new Analyzers(UserDictionary.of(userWords));
    resegment = before != null && !before.userWords().equals(userWords);
    // Another field mapping makes other articles of the same records, another dictionary other
    // words: every file is read again.
    boolean remap =
        before != null
            && (!before.fields().equals(request.fields()) || !before.userWords().equals(userWords));
    double dupThreshold =
        request.dupThreshold() != null
            ? request.dupThreshold()
            : before != null ? before.dupThreshold() : IndexRequest.DEFAULT_DUP_THRESHOLD;
    // The groups stand until the articles or the threshold change, or a run stopped before it
    // grouped what it had read.
    boolean groupsStand =
        before != null && !startOver && before.complete() && before.dupThreshold() == dupThreshold;
    try (IndexWriter writer = openWriter(dir, indexDir, startOver)) {
      return run(
          dir,
          writer,
          startOver,
          remap ? before : null,
          root,
          listing,
          request,
          new Settings(userWords, dupThreshold, groupsStand),
          progress);
    }
  }

  /**
   * What the run indexes with, worked out from the request and the index.
   *
   * @param groupsStand the index's near-duplicate groups are current, to be found again only if the
   *     run changes any article
   */
  private record Settings(List<String> userWords, double dupThreshold, boolean groupsStand) {}

  private IndexSummary run(
      Directory dir,
      IndexWriter writer,
      boolean startOver,
      IndexMetadata remapping,
      Path root,
      CorpusListing listing,
      IndexRequest request,
      Settings settings,
      IndexProgress progress)
      throws IOException {
    List<String> userWords = settings.userWords();
    Outcomes outcomes = new Outcomes();
    outcomes.skipped.addAll(listing.problems());
    boolean remap = remapping != null;
    // While every file is read again, checkpoints keep the settings it was read with before: a
    // killed run is then read again whole by the next one, never left half in the old words.
    List<String> checkpointFields = remap ? remapping.fields() : request.fields();
    List<String> checkpointWords = remap ? remapping.userWords() : userWords;
    try {
      Checkpoints checkpoints =
          new Checkpoints(
              writer,
              read ->
                  new IndexMetadata(
                      root,
                      request.glob(),
                      clock.instant(),
                      List.of(),
                      false,
                      read,
                      checkpointFields,
                      checkpointWords,
                      settings.dupThreshold()),
              request.commitEvery());
      ArticleReader reader = new ArticleReader(FieldMapping.parse(request.fields()));
      // Ids given by a field must be unique; when two records share one, the first in path order
      // wins, which only one reader in path order can decide the same way every run.
      int threads = reader.idsGiven() ? 1 : request.threads();
      update(
          dir, writer, reader, listing, startOver, remap, threads, outcomes, progress, checkpoints);
      boolean changed = outcomes.added.get() + outcomes.updated.get() + outcomes.removed.get() > 0;
      if (changed || !settings.groupsStand()) {
        new DuplicateGrouping(writer, settings.dupThreshold()).regroup();
      }
      IndexMetadata metadata =
          new IndexMetadata(
              root,
              request.glob(),
              clock.instant(),
              listing.folders(),
              true,
              -1,
              request.fields(),
              userWords,
              settings.dupThreshold());
      writer.setLiveCommitData(metadata.toCommitData().entrySet(), true);
      writer.commit();
    } catch (IOException | RuntimeException | Error e) {
      writer.rollback();
      throw e;
    } finally {
      progress.finish();
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
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
          List.copyOf(skipped),
          IndexFacts.undated(reader),
          IndexFacts.fallbackEncodings(reader),
          reader.numDocs(),
          IndexFacts.withRole(reader, Schema.DUP_CANONICAL_MEMBER),
          IndexFacts.withRole(reader, Schema.DUP_COPY),
          outcomes.fields.stream()
              .sorted(Comparator.comparing(IndexSummary.FileFields::file))
              .toList());
    }
  }

  private IndexWriter openWriter(Directory dir, Path indexDir, boolean startOver)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzers.indexing(TextAnalysis.STANDARD));
    config.setOpenMode(
        startOver
            ? IndexWriterConfig.OpenMode.CREATE
            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    // Compound files save file handles when a process opens many indexes; we open one, and
    // packing every new segment into one file copies all its bytes a second time.
    config.setUseCompoundFile(false);
    config.getMergePolicy().setNoCFSRatio(0.0);
    config.setCommitOnClose(false);
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(indexDir.toString(), e);
    }
  }

  /**
   * A rebuild must recover a damaged index, but Lucene's writer reads the last commit even when it
   * starts over. When that commit cannot be read, its files are deleted first, under the write lock
   * so no running index run loses them.
   */
  private static void clearIfUnreadable(Directory dir, Path indexDir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return;
    }
    try {
      SegmentInfos.readLatestCommit(dir);
      return;
    } catch (CorruptIndexException
        | IndexFormatTooOldException
        | IndexFormatTooNewException
        | NoSuchFileException
        | java.io.EOFException e) {
      // damaged: cleared below
    }
    try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String file : dir.listAll()) {
        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
          dir.deleteFile(file);
        }
      }
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(indexDir.toString(), e);
    }
  }

  /**
   * Reads what changed. The indexed files are read from the index here, not by the caller, so that
   * they are gone before the near-duplicate grouping that follows: at 900,000 files they take half
   * of a 1 GiB heap, and a run that changed a few files ran out of memory grouping.
   */
  private void update(
      Directory dir,
      IndexWriter writer,
      ArticleReader reader,
      CorpusListing listing,
      boolean startOver,
      boolean remap,
      int threads,
      Outcomes outcomes,
      IndexProgress progress,
      Checkpoints checkpoints)
      throws IOException {
    long bytes = listing.files().stream().mapToLong(SourceFile::size).sum();
    progress.start(listing.files().size(), bytes);
    Map<String, KnownFile> known = startOver ? new HashMap<>() : readIndexed(dir);
    List<SourceFile> toRead = new ArrayList<>();
    Map<String, KnownFile> gone = new HashMap<>(known);
    for (SourceFile file : listing.files()) {
      KnownFile before = gone.remove(file.id());
      if (before != null && before.unchanged(file) && !remap) {
        outcomes.unchanged.addAndGet(before.hashes().size());
        if (reader.idsGiven()) {
          // Its ids stay taken: a record elsewhere that repeats one is reported, not merged.
          before.hashes().keySet().forEach(id -> outcomes.givenIds.put(id, file.id()));
        }
        progress.fileDone(file.size());
      } else {
        toRead.add(file);
      }
    }
    for (Map.Entry<String, KnownFile> file : gone.entrySet()) {
      writer.deleteDocuments(new Term(Schema.FILE, file.getKey()));
      outcomes.removed.addAndGet(file.getValue().hashes().size());
    }
    readAndIndex(writer, reader, toRead, known, threads, outcomes, progress, checkpoints);
  }

  /**
   * Commits every so many files read, marked incomplete. A run killed after a checkpoint keeps what
   * it read up to there; the next run finds those files unchanged by size and mtime and goes on
   * with the rest, so nothing is read twice and nothing is indexed twice.
   */
  private static final class Checkpoints {
    private final IndexWriter writer;
    private final IntFunction<IndexMetadata> metadata;
    private final int every;
    private final AtomicInteger read = new AtomicInteger();

    /**
     * @param metadata the commit data of a checkpoint after so many files read
     */
    Checkpoints(IndexWriter writer, IntFunction<IndexMetadata> metadata, int every) {
      this.writer = writer;
      this.metadata = metadata;
      this.every = every;
    }

    void fileRead() throws IOException {
      int done = read.incrementAndGet();
      if (done % every == 0) {
        synchronized (this) {
          writer.setLiveCommitData(metadata.apply(done).toCommitData().entrySet(), true);
          writer.commit();
        }
      }
    }
  }

  private void readAndIndex(
      IndexWriter writer,
      ArticleReader reader,
      List<SourceFile> files,
      Map<String, KnownFile> known,
      int threads,
      Outcomes outcomes,
      IndexProgress progress,
      Checkpoints checkpoints)
      throws IOException {
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            SourceFile file = files.get(i);
            try {
              indexFile(writer, reader, file, known.get(file.id()), outcomes);
              checkpoints.fileRead();
            } catch (IOException e) {
              throw new WriteFailed(e);
            }
            progress.fileDone(file.size());
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(worker));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } catch (ExecutionException e) {
      next.set(files.size()); // stop the other workers at their next file
      // A failed write (a full disk) closes the writer; the other thread then sees only "closed".
      // The user needs the first failure.
      if (writer.getTragicException() instanceof IOException tragic) {
        throw tragic;
      }
      Throwable cause = e.getCause();
      if (cause instanceof WriteFailed failed) {
        throw failed.getCause();
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

  /**
   * A write that failed while a file's articles were being handed on; its own type, so the reader
   * cannot take it for a failure to read the file.
   */
  private static final class WriteFailed extends RuntimeException {
    WriteFailed(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /**
   * Indexes what one file now holds against what the index held for it: articles added, changed
   * ones replaced, unchanged ones left in place, and those gone from the file removed.
   */
  private void indexFile(
      IndexWriter writer,
      ArticleReader reader,
      SourceFile file,
      KnownFile before,
      Outcomes outcomes)
      throws IOException {
    Set<String> seen = new HashSet<>();
    boolean[] records = new boolean[1];
    ArticleReader.FieldsUsed used;
    try {
      used =
          reader.readAll(
              file,
              outcome -> {
                try {
                  if (outcome instanceof LoadOutcome.Loaded loaded) {
                    records[0] |= Schema.isRecord(loaded.article());
                  }
                  indexOne(writer, outcome, file, reader.idsGiven(), before, seen, outcomes);
                } catch (IOException e) {
                  throw new WriteFailed(e);
                }
              });
    } catch (WriteFailed failed) {
      throw failed.getCause();
    } catch (RuntimeException e) {
      // A bug met by one odd file must not cost the user the rest of the run; what it indexed
      // before the bug stays marked unfinished, so the next run reads the file again.
      outcomes.skipped.add(new Skipped(file.id(), "failed: " + e));
      return;
    }
    if (before != null) {
      for (String id : before.hashes().keySet()) {
        if (!seen.contains(id)) {
          writer.deleteDocuments(inFile(id, file.id()));
          outcomes.removed.incrementAndGet();
        }
      }
    }
    if (records[0]) {
      Schema.fileDone(writer, file.id(), file.size(), file.modifiedMillis());
    }
    if (!used.byRole().isEmpty()) {
      Map<String, List<String>> roles = new java.util.LinkedHashMap<>();
      used.byRole().forEach((role, paths) -> roles.put(role, List.copyOf(paths)));
      outcomes.fields.add(new IndexSummary.FileFields(file.id(), roles));
    }
  }

  /** The article with this id, only if it belongs to this file. */
  private static Query inFile(String id, String file) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.FILE, file)), BooleanClause.Occur.FILTER)
        .build();
  }

  private void indexOne(
      IndexWriter writer,
      LoadOutcome outcome,
      SourceFile file,
      boolean idsGiven,
      KnownFile before,
      Set<String> seen,
      Outcomes outcomes)
      throws IOException {
    if (outcome instanceof LoadOutcome.NotLoaded notLoaded) {
      // What it was is removed with the file's other vanished articles: it is not "seen".
      outcomes.skipped.add(notLoaded.skipped());
      return;
    }
    Article article = ((LoadOutcome.Loaded) outcome).article();
    boolean givenId = idsGiven && Schema.isRecord(article);
    if (givenId) {
      String holder = outcomes.givenIds.putIfAbsent(article.id(), file.id());
      if (holder != null) {
        outcomes.skipped.add(
            new Skipped(article.id(), "repeated id (also in " + holder + "); not indexed twice"));
        return;
      }
    }
    seen.add(article.id());
    String hashBefore = before == null ? null : before.hashes().get(article.id());
    Term id = new Term(Schema.ID, article.id());
    boolean sameWords = !resegment || Schema.analysisOf(article) != TextAnalysis.CHINESE;
    if (article.contentHash().equals(hashBefore) && sameWords) {
      if (!Schema.isRecord(article)) {
        // Touched but not changed: remember the new size and mtime so the next run need not
        // read it. A record file's records get theirs all at once when the file is done.
        writer.updateDocValues(
            id,
            new NumericDocValuesField(Schema.SIZE, article.size()),
            new NumericDocValuesField(Schema.MODIFIED, article.modifiedMillis()));
      }
      outcomes.unchanged.incrementAndGet();
      return;
    }
    if (hashBefore == null && !givenId) {
      // A new id needs no delete-by-term: buffered deletes cost a lookup per document at flush.
      writer.addDocument(Schema.toDocument(article, analyzers));
      outcomes.added.incrementAndGet();
    } else {
      // A given id may have moved here from another file: replace it wherever it was.
      writer.updateDocument(id, Schema.toDocument(article, analyzers));
      (hashBefore == null ? outcomes.added : outcomes.updated).incrementAndGet();
    }
  }

  private static Map<String, KnownFile> readIndexed(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return new HashMap<>();
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return indexedFiles(reader);
    }
  }

  /** Every file with live articles, what it was when indexed, and its articles' hashes. */
  static Map<String, KnownFile> indexedFiles(DirectoryReader reader) throws IOException {
    Map<String, KnownFile> known = new HashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, Schema.ID);
      SortedDocValues files = DocValues.getSorted(leaf, Schema.FILE);
      BinaryDocValues hashes = DocValues.getBinary(leaf, Schema.HASH);
      NumericDocValues sizes = DocValues.getNumeric(leaf, Schema.SIZE);
      NumericDocValues modified = DocValues.getNumeric(leaf, Schema.MODIFIED);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
          continue;
        }
        files.advanceExact(doc);
        hashes.advanceExact(doc);
        sizes.advanceExact(doc);
        modified.advanceExact(doc);
        String file = files.lookupOrd(files.ordValue()).utf8ToString();
        long size = sizes.longValue();
        long mtime = modified.longValue();
        KnownFile entry =
            known.computeIfAbsent(file, f -> new KnownFile(size, mtime, new HashMap<>()));
        if (entry.size() != size || entry.modified() != mtime) {
          // Records of one file that disagree: a run stopped part-way; read the file again.
          entry = new KnownFile(Schema.SIZE_PENDING, entry.modified(), entry.hashes());
          known.put(file, entry);
        }
        entry
            .hashes()
            .put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashes.binaryValue().utf8ToString());
      }
    }
    return known;
  }
}

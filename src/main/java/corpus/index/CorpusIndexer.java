package corpus.index;

import corpus.load.Article;
import corpus.load.ArticleReader;
import corpus.load.CorpusListing;
import corpus.load.CorpusWalker;
import corpus.load.LoadOutcome;
import corpus.load.Skipped;
import corpus.load.SourceFile;
import corpus.query.IndexLockedException;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
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

  private final Analyzer analyzer = new CorpusAnalyzer();
  private final Clock clock;

  public CorpusIndexer(Clock clock) {
    this.clock = clock;
  }

  /** What the last commit holds for one article: enough to tell whether its file changed. */
  record Indexed(String hash, long size, long modified) {}

  /** Counts and lists filled in by the worker threads. */
  private static final class Outcomes {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger removed = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final ConcurrentLinkedQueue<Skipped> skipped = new ConcurrentLinkedQueue<>();
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
    boolean startOver =
        request.rebuild() || (DirectoryReader.indexExists(dir) && IndexFacts.metadata(dir) == null);
    try (IndexWriter writer = openWriter(dir, indexDir, startOver)) {
      return run(
          dir,
          writer,
          startOver ? new HashMap<>() : readIndexed(dir),
          root,
          listing,
          request,
          progress);
    }
  }

  private IndexSummary run(
      Directory dir,
      IndexWriter writer,
      Map<String, Indexed> known,
      Path root,
      CorpusListing listing,
      IndexRequest request,
      IndexProgress progress)
      throws IOException {
    Outcomes outcomes = new Outcomes();
    outcomes.skipped.addAll(listing.problems());
    try {
      Checkpoints checkpoints =
          new Checkpoints(
              writer,
              read ->
                  new IndexMetadata(root, request.glob(), clock.instant(), List.of(), false, read),
              request.commitEvery());
      update(writer, listing, known, request.threads(), outcomes, progress, checkpoints);
      IndexMetadata metadata =
          new IndexMetadata(root, request.glob(), clock.instant(), listing.folders(), true, -1);
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
          reader.numDocs());
    }
  }

  private IndexWriter openWriter(Directory dir, Path indexDir, boolean startOver)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
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

  private void update(
      IndexWriter writer,
      CorpusListing listing,
      Map<String, Indexed> known,
      int threads,
      Outcomes outcomes,
      IndexProgress progress,
      Checkpoints checkpoints)
      throws IOException {
    long bytes = listing.files().stream().mapToLong(SourceFile::size).sum();
    progress.start(listing.files().size(), bytes);
    List<SourceFile> toRead = new ArrayList<>();
    Map<String, Indexed> gone = new HashMap<>(known);
    for (SourceFile file : listing.files()) {
      Indexed before = gone.remove(file.id());
      if (before != null
          && before.size() == file.size()
          && before.modified() == file.modifiedMillis()) {
        outcomes.unchanged.incrementAndGet();
        progress.fileDone(file.size());
      } else {
        toRead.add(file);
      }
    }
    for (String id : gone.keySet()) {
      writer.deleteDocuments(new Term(Schema.ID, id));
      outcomes.removed.incrementAndGet();
    }
    readAndIndex(writer, toRead, known, threads, outcomes, progress, checkpoints);
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
      List<SourceFile> files,
      Map<String, Indexed> known,
      int threads,
      Outcomes outcomes,
      IndexProgress progress,
      Checkpoints checkpoints)
      throws IOException {
    ArticleReader reader = new ArticleReader();
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            SourceFile file = files.get(i);
            LoadOutcome outcome;
            try {
              outcome = reader.read(file);
            } catch (RuntimeException e) {
              // A bug met by one odd file must not cost the user the rest of the run.
              outcome = new LoadOutcome.NotLoaded(new Skipped(file.id(), "failed: " + e));
            }
            try {
              indexOne(writer, outcome, known.get(file.id()), outcomes);
              checkpoints.fileRead();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
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
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
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

  private void indexOne(IndexWriter writer, LoadOutcome outcome, Indexed before, Outcomes outcomes)
      throws IOException {
    if (outcome instanceof LoadOutcome.NotLoaded notLoaded) {
      outcomes.skipped.add(notLoaded.skipped());
      if (before != null) {
        // It was an article and no longer is (emptied, now binary): the index must not keep it.
        writer.deleteDocuments(new Term(Schema.ID, notLoaded.skipped().id()));
        outcomes.removed.incrementAndGet();
      }
      return;
    }
    Article article = ((LoadOutcome.Loaded) outcome).article();
    Term id = new Term(Schema.ID, article.id());
    if (before != null && before.hash().equals(article.contentHash())) {
      // Touched but not changed: remember the new size and mtime so the next run need not read it.
      writer.updateDocValues(
          id,
          new NumericDocValuesField(Schema.SIZE, article.size()),
          new NumericDocValuesField(Schema.MODIFIED, article.modifiedMillis()));
      outcomes.unchanged.incrementAndGet();
      return;
    }
    if (before == null) {
      // A new id needs no delete-by-term: buffered deletes cost a lookup per document at flush.
      writer.addDocument(Schema.toDocument(article));
      outcomes.added.incrementAndGet();
    } else {
      writer.updateDocument(id, Schema.toDocument(article));
      outcomes.updated.incrementAndGet();
    }
  }

  private static Map<String, Indexed> readIndexed(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return new HashMap<>();
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return indexedFiles(reader);
    }
  }

  /** Every live article's id with what its file was when indexed, from doc values alone. */
  static Map<String, Indexed> indexedFiles(DirectoryReader reader) throws IOException {
    Map<String, Indexed> known = new HashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, Schema.ID);
      BinaryDocValues hashes = DocValues.getBinary(leaf, Schema.HASH);
      NumericDocValues sizes = DocValues.getNumeric(leaf, Schema.SIZE);
      NumericDocValues modified = DocValues.getNumeric(leaf, Schema.MODIFIED);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
          continue;
        }
        hashes.advanceExact(doc);
        sizes.advanceExact(doc);
        modified.advanceExact(doc);
        known.put(
            ids.lookupOrd(ids.ordValue()).utf8ToString(),
            new Indexed(
                hashes.binaryValue().utf8ToString(), sizes.longValue(), modified.longValue()));
      }
    }
    return known;
  }
}

package corpus.index;

import corpus.load.ArticleReader;
import corpus.load.CorpusListing;
import corpus.load.CorpusWalker;
import corpus.load.LoadOutcome;
import corpus.load.SourceFile;
import corpus.load.records.FieldMapping;
import corpus.query.IndexLockedException;
import corpus.query.Messages;
import corpus.query.VerifyReport;
import corpus.query.VerifyReport.Agreement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Checks an index: Lucene's {@link CheckIndex} over its files, then its agreement with the corpus
 * folder it was built from (files not in it, entries whose file is gone, files changed since).
 */
public final class IndexVerifier {

  /** How many file names each kind of disagreement lists; the counts are always whole. */
  static final int EXAMPLES = 20;

  /**
   * @param fast check checksums only (every byte read once), not the index structures
   * @throws IndexLockedException when an index run holds the index
   * @throws IOException when the index folder cannot be read at all
   */
  public VerifyReport verify(Path indexDir, boolean fast) throws IOException {
    if (!IndexFreshness.exists(indexDir)) {
      refuseIfARunHoldsIt(indexDir); // a first run has not committed yet
      throw new IOException("there is no index at " + indexDir);
    }
    List<String> damage = new ArrayList<>();
    int segments;
    try (Directory dir = FSDirectory.open(indexDir);
        CheckIndex check = new CheckIndex(dir)) {
      check.setChecksumsOnly(fast);
      CheckIndex.Status status = check.checkIndex();
      segments = status.numSegments;
      if (status.missingSegments) {
        damage.add("the commit point (segments file) cannot be read");
      }
      for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
        if (segment.error != null) {
          damage.add("segment " + segment.name + ": " + describe(segment.error));
        }
      }
      if (!status.clean && damage.isEmpty()) {
        damage.add("Lucene's CheckIndex found the index unclean");
      }
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(indexDir.toString(), e);
    }
    if (!damage.isEmpty()) {
      return new VerifyReport(false, fast, segments, -1, damage, Agreement.UNKNOWN);
    }
    try (Directory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexMetadata metadata = IndexFacts.metadata(reader);
      Agreement agreement =
          metadata == null
              ? Agreement.notCompared(
                  "the index was written by another version of corpus; run 'corpus index --rebuild'")
              : agreement(reader, metadata);
      boolean healthy =
          agreement.missing().isEmpty()
              && agreement.stale().isEmpty()
              && agreement.changed().isEmpty()
              && agreement.folderProblem() == null;
      return new VerifyReport(healthy, fast, segments, reader.numDocs(), List.of(), agreement);
    }
  }

  private static Agreement agreement(DirectoryReader reader, IndexMetadata metadata)
      throws IOException {
    Map<String, FileStamp> indexed = new TreeMap<>();
    CorpusIndexer.indexedFiles(reader)
        .forEach((id, file) -> indexed.put(id, new FileStamp(file.size(), file.modified())));
    return agreement(metadata.corpusRoot(), metadata.glob(), metadata.fields(), indexed);
  }

  /** A file as an index holds it: its size and mtime when indexed. */
  public record FileStamp(long size, long modified) {}

  /**
   * How the indexed files of one corpus folder agree with the folder now: files not indexed (that
   * hold an article), indexed files gone, files changed since.
   *
   * @param fields the {@code --field} mapping the records were read with
   * @param indexed every indexed file of the folder, by id
   */
  public static Agreement agreement(
      Path root, String glob, List<String> fields, Map<String, FileStamp> indexed)
      throws IOException {
    if (!Files.isDirectory(root)) {
      return Agreement.notCompared("the corpus folder " + root + " is gone");
    }
    Map<String, FileStamp> left = new TreeMap<>(indexed); // id order
    CorpusListing listing = new CorpusWalker(glob).list(root);
    ArticleReader articles = new ArticleReader(FieldMapping.parse(fields));
    Examples missing = new Examples();
    Examples changed = new Examples();
    for (SourceFile file : listing.files()) {
      FileStamp before = left.remove(file.id());
      if (before == null) {
        // Not indexed: missing, unless it is a file an index run skips (empty, binary, too large).
        boolean[] holdsAnArticle = new boolean[1];
        articles.readAll(
            file, outcome -> holdsAnArticle[0] |= outcome instanceof LoadOutcome.Loaded);
        if (holdsAnArticle[0]) {
          missing.add(file.id());
        }
      } else if (before.size() != file.size() || before.modified() != file.modifiedMillis()) {
        changed.add(file.id());
      }
    }
    Examples stale = new Examples();
    left.keySet().forEach(stale::add);
    return new Agreement(
        missing.count, missing.names, stale.count, stale.names, changed.count, changed.names, null);
  }

  /** A count, and the first names counted. */
  private static final class Examples {
    long count;
    final List<String> names = new ArrayList<>();

    void add(String name) {
      if (count++ < EXAMPLES) {
        names.add(name);
      }
    }
  }

  private static void refuseIfARunHoldsIt(Path indexDir) throws IOException {
    // No lock file, no run: and trying the lock would leave one behind.
    if (!Files.exists(indexDir.resolve(IndexWriter.WRITE_LOCK_NAME))) {
      return;
    }
    try (Directory dir = FSDirectory.open(indexDir);
        Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      lock.ensureValid();
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(indexDir.toString(), e);
    }
  }

  private static String describe(Throwable error) {
    return Messages.oneLine(
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
  }
}

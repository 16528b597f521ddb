package corpus.index;

import corpus.load.CorpusWalker;
import corpus.load.FolderStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Whether an index exists, and whether its corpus folder changed since the last index run. */
public final class IndexFreshness {
  private IndexFreshness() {}

  public static boolean exists(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /**
   * A one-line note when files were added, removed or renamed in the indexed folder since the last
   * run; empty when it is as indexed. Costs one stat per folder (see {@link FolderStamp}); files
   * edited in place are not seen here.
   */
  public static Optional<String> staleNote(IndexMetadata metadata) {
    Path root = metadata.corpusRoot();
    if (!Files.isDirectory(root)) {
      return Optional.of("the corpus folder " + root + " that the index was built from is gone");
    }
    if (!metadata.complete()) {
      return Optional.of(
          "the last index run of "
              + root
              + " stopped before it finished (its last checkpoint, "
              + metadata.indexedAt()
              + ", came after "
              + metadata.filesRead()
              + " files read); answers come from the articles it indexed; run 'corpus index' to finish");
    }
    CorpusWalker walker = new CorpusWalker(metadata.glob());
    if (metadata.folders().stream().allMatch(folder -> walker.unchanged(root, folder))) {
      return Optional.empty();
    }
    return Optional.of(
        "files in "
            + root
            + " were added, removed or renamed after the last index run ("
            + metadata.indexedAt()
            + "); answers come from the index as it is; run 'corpus index' to update it");
  }
}

package corpus.query.lucene;

import corpus.query.Cancellation;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader.ExitableFilterAtomicReader;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/**
 * The index as a shell reads it: every question stops soon after its {@link Cancellation} is
 * requested. Lucene's {@link ExitableDirectoryReader} checks while terms, doc values and points are
 * read (what freq, trend, compare and collocates walk); stored fields are checked here too, as
 * search and kwic read an article per hit. Either way the question ends with {@link
 * ExitingReaderException}, which {@link LuceneFailures} makes the project's own.
 */
final class CancellableReader extends FilterDirectoryReader {
  private final QueryTimeout cancelled;

  static DirectoryReader wrap(DirectoryReader reader, Cancellation cancellation)
      throws IOException {
    return new CancellableReader(reader, cancellation::requested);
  }

  private CancellableReader(DirectoryReader reader, QueryTimeout cancelled) throws IOException {
    super(reader, new Leaves(cancelled));
    this.cancelled = cancelled;
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new CancellableReader(in, cancelled);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return in.getReaderCacheHelper();
  }

  private static final class Leaves extends SubReaderWrapper {
    private final QueryTimeout cancelled;

    Leaves(QueryTimeout cancelled) {
      this.cancelled = cancelled;
    }

    @Override
    public LeafReader wrap(LeafReader leaf) {
      return new ExitableFilterAtomicReader(leaf, cancelled) {
        @Override
        public StoredFields storedFields() throws IOException {
          StoredFields stored = in.storedFields();
          return new StoredFields() {
            @Override
            public void document(int docID, StoredFieldVisitor visitor) throws IOException {
              if (cancelled.shouldExit()) {
                throw new ExitingReaderException("cancelled while reading stored fields");
              }
              stored.document(docID, visitor);
            }
          };
        }
      };
    }
  }
}

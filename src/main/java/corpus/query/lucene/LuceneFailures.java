package corpus.query.lucene;

import corpus.query.IndexUnreadableException;
import corpus.query.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * Where Lucene's exceptions become the project's own, so nothing above the backend knows Lucene: a
 * damaged or foreign index is an {@link IndexUnreadableException}, other I/O failures pass as they
 * are.
 */
final class LuceneFailures {
  private LuceneFailures() {}

  /** Work against the index that may fail with Lucene's exceptions. */
  interface IndexWork<T> {
    T run() throws IOException;
  }

  static <T> T translated(IndexWork<T> work) throws IOException {
    try {
      return work.run();
    } catch (IOException e) {
      throw translate(e);
    } catch (UncheckedIOException e) {
      throw translate(e.getCause());
    }
  }

  private static IOException translate(IOException e) {
    if (e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException) {
      return new IndexUnreadableException(Messages.oneLine(e.getMessage()), e);
    }
    return e;
  }
}

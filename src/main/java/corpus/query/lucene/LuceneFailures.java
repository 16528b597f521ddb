package corpus.query.lucene;

import corpus.query.IndexUnreadableException;
import corpus.query.InvalidQueryException;
import corpus.query.Messages;
import corpus.query.QueryCancelledException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Where Lucene's exceptions become the project's own, so nothing above the backend knows Lucene: a
 * damaged or foreign index is an {@link IndexUnreadableException}; a query that only shows it is
 * too big when Lucene rewrites it (a wildcard expanding to too many terms, an automaton too big to
 * build) is the user's {@link corpus.query.InvalidQueryException}; other I/O failures pass as they
 * are. Every question and index run of the backend goes through here.
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
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryParsing.tooManyClauses(e);
    } catch (TooComplexToDeterminizeException e) {
      throw QueryParsing.tooComplex(e);
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      throw new QueryCancelledException();
    }
  }

  /**
   * Lucene reading damaged bytes can fail with any runtime exception (an array index out of bounds,
   * say). When one escapes a question, one pass over the checksums tells damage from a bug: damage
   * is said as such, with how to rebuild; anything else passes as it is.
   */
  static <T> T damageTold(Directory directory, IndexWork<T> work) throws IOException {
    try {
      return translated(work);
    } catch (InvalidQueryException | QueryCancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      Optional<String> damage = checksumDamage(directory);
      if (damage.isPresent()) {
        throw new IndexUnreadableException(damage.get(), e);
      }
      throw e;
    }
  }

  private static Optional<String> checksumDamage(Directory directory) {
    try (CheckIndex check = new CheckIndex(directory)) {
      check.setChecksumsOnly(true);
      return check.checkIndex().clean
          ? Optional.empty()
          : Optional.of("a checksum does not match: the index is damaged");
    } catch (LockObtainFailedException held) {
      return Optional.empty(); // an index run holds it; no verdict
    } catch (IOException | RuntimeException unreadable) {
      return Optional.of(Messages.oneLine(unreadable.getMessage()));
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

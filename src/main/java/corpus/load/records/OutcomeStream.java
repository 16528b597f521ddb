package corpus.load.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The iterator every shape shares: reads one record ahead, numbers the records, and is the
 * never-throw boundary of a reader.
 */
abstract class OutcomeStream implements RecordStream {
  private RecordOutcome pending;
  private boolean finished;
  private int count;

  /** The next record, good or bad, or null at the end of the file. */
  protected abstract RecordOutcome readNext() throws IOException;

  /**
   * The last record of a file whose reading failed: the reason, and the line where the record it
   * was reading started. Nothing after it can be read.
   */
  protected abstract BadRecord endWith(IOException failure);

  /** The line the reader has reached, for a failure that knows no better. */
  protected abstract long currentLine();

  protected abstract void closeInput() throws IOException;

  @Override
  public final boolean hasNext() {
    if (pending == null && !finished) {
      try {
        pending = readNext();
      } catch (IOException failure) {
        pending = endWith(failure);
        finished = true;
      } catch (RuntimeException bug) {
        // The documented boundary: a caller indexing a thousand files gets this one file's
        // problem as a record, and "failed:" marks it as a bug to fix (the fuzz test looks for it).
        pending = bad(currentLine(), "failed: " + bug);
        finished = true;
      }
      finished |= pending == null;
    }
    return pending != null;
  }

  @Override
  public final RecordOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RecordOutcome next = pending;
    pending = null;
    return next;
  }

  @Override
  public final void close() throws IOException {
    finished = true;
    pending = null;
    closeInput();
  }

  /** Closes a parser and the input under it; the input even when the parser fails to close. */
  protected static void closeBoth(Closeable parser, Closeable input) throws IOException {
    try {
      parser.close();
    } finally {
      input.close();
    }
  }

  protected final RawRecord raw(long line, ObjectNode fields) {
    return new RawRecord(++count, line, fields);
  }

  protected final BadRecord bad(long line, String reason) {
    return new BadRecord(++count, Math.max(1, line), Reasons.oneLine(reason));
  }

  /** A failure of the input itself (a truncated gzip stream, a disk error), not of its format. */
  protected final BadRecord unreadable(long line, IOException failure) {
    String message = failure.getMessage();
    return bad(
        line,
        "could not read: " + (message == null ? failure.getClass().getSimpleName() : message));
  }
}

package corpus.load.records;

import java.io.IOException;
import java.util.Iterator;

/**
 * Records of one container file, read one at a time: never the whole file in memory.
 *
 * <p>Never throws while iterating: what cannot be read becomes a {@link BadRecord}. Closing the
 * stream closes the input it was opened on.
 */
public interface RecordStream extends Iterator<RecordOutcome>, AutoCloseable {
  @Override
  void close() throws IOException;
}

package corpus.load.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a UTF-8 file. A byte-order mark at the start is dropped (the JDK's decoder
 * keeps it, and it would become part of the first CSV header or break the first JSON line), and
 * bytes that are not UTF-8 become U+FFFD rather than ending the file: one stray byte in a large
 * export should cost at most a character, not every record after it.
 */
final class Utf8Text extends Reader {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Reader decoded;
  private boolean atStart = true;

  private Utf8Text(Reader decoded) {
    this.decoded = decoded;
  }

  static Reader of(InputStream bytes) {
    return new Utf8Text(new InputStreamReader(bytes, StandardCharsets.UTF_8));
  }

  @Override
  public int read(char[] into, int offset, int length) throws IOException {
    int read = decoded.read(into, offset, length);
    if (atStart && read > 0) {
      atStart = false;
      if (into[offset] == BYTE_ORDER_MARK) {
        System.arraycopy(into, offset + 1, into, offset, read - 1);
        read--;
        if (read == 0) {
          return read(into, offset, length);
        }
      }
    }
    return read;
  }

  @Override
  public void close() throws IOException {
    decoded.close();
  }
}

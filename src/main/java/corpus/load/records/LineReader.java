package corpus.load.records;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, read in chunks so that a line costs its own length and no more. A line ends
 * at "\n", "\r\n" or a lone "\r", the breaks Jackson counts, so line numbers agree across shapes. A
 * line longer than the limit is read past, not kept: a file that is not JSON lines at all (one 2 GB
 * line) must not exhaust memory.
 */
final class LineReader {
  /** A line's text without its break; null when it was longer than the limit. */
  record Line(long number, String text) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader input;
  private final int maxLength;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;

  /** The last line ended in "\r": a "\n" right after it is part of the same break. */
  private boolean afterCarriageReturn;

  private long lines;

  LineReader(Reader input, int maxLength) {
    this.input = input;
    this.maxLength = maxLength;
  }

  /** The next line, or null at the end of the text. */
  Line next() throws IOException {
    if (afterCarriageReturn && available() && buffer[position] == '\n') {
      position++;
    }
    afterCarriageReturn = false;
    if (!available()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    boolean tooLong = false;
    while (available()) {
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      int length = position - start;
      tooLong |= text.length() + length > maxLength;
      if (!tooLong) {
        text.append(buffer, start, length);
      }
      if (position < limit) {
        afterCarriageReturn = buffer[position] == '\r';
        position++;
        break;
      }
    }
    lines++;
    return new Line(lines, tooLong ? null : text.toString());
  }

  /** Lines read so far. */
  long lines() {
    return lines;
  }

  private boolean available() throws IOException {
    if (position < limit) {
      return true;
    }
    int read;
    do {
      read = input.read(buffer, 0, buffer.length);
    } while (read == 0);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }
}

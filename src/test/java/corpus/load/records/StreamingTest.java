package corpus.load.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Exports far larger than any test fixture, made up while they are read, never held: each record is
 * checked as it comes and then dropped, and a weak reference to the first one shows the stream
 * dropped it too.
 */
class StreamingTest {
  private static final int RECORDS = 300_000;

  /** About 1 KB of text per record, so 300,000 records make about 300 MB. */
  private static final String FILLER =
      "The council met on Tuesday to discuss the budget, the roads and the schools. ".repeat(13);

  @Test
  void aJsonLinesExportOf300MegabytesIsReadRecordByRecord() throws IOException {
    GeneratedExport export =
        new GeneratedExport(
            "",
            n ->
                "{\"id\": \""
                    + n
                    + "\", \"title\": \"Report "
                    + n
                    + "\", \"date\": \"2020-01-01\", \"text\": \""
                    + FILLER
                    + n
                    + "\"}\n",
            "");

    readAll(RecordShape.JSON_LINES, export, n -> n);
  }

  @Test
  void aCsvExportOf300MegabytesIsReadRowByRow() throws IOException {
    // Every third row's text spans three lines, and rows end in CRLF as RFC 4180 has it.
    GeneratedExport export =
        new GeneratedExport(
            "id,title,date,text\r\n",
            n ->
                n
                    + ",\"Report, number "
                    + n
                    + "\",2020-01-01,\""
                    + (n % 3 == 0 ? "First line\r\nsecond \"\"line\"\"\r\n" : "")
                    + FILLER
                    + n
                    + "\"\r\n",
            "");

    readAll(
        RecordShape.CSV,
        export,
        new IntFunction<>() {
          private long next = 2;

          @Override
          public Long apply(int n) {
            long line = next;
            next += n % 3 == 0 ? 3 : 1;
            return line;
          }
        });
  }

  @Test
  void aWrappedJsonExportOf300MegabytesIsStreamedFromItsArray() throws IOException {
    GeneratedExport export =
        new GeneratedExport(
            "{\"status\": \"ok\", \"totalResults\": " + RECORDS + ",\n\"articles\": [\n",
            n ->
                (n == 1 ? "" : ",\n")
                    + "{\"id\": \""
                    + n
                    + "\", \"source\": {\"id\": null, \"name\": \"Wire\"}, \"content\": \""
                    + FILLER
                    + n
                    + "\"}",
            "]}\n");

    readAll(RecordShape.JSON, export, n -> n + 2L);
  }

  /**
   * Reads the whole export, checking each record's number, line, id and text, and that the stream
   * keeps no record it has handed out.
   */
  private static void readAll(
      RecordShape shape, GeneratedExport export, IntFunction<? extends Number> lineOf)
      throws IOException {
    int count = 0;
    WeakReference<Object> first = null;
    try (RecordStream records = shape.open(export)) {
      while (records.hasNext()) {
        RawRecord record = assertInstanceOf(RawRecord.class, records.next());
        count++;
        assertEquals(count, record.number());
        assertEquals(lineOf.apply(count).longValue(), record.line(), "line of record " + count);
        MappedRecord mapped = FieldMapping.detect().map(record.fields());
        assertEquals(String.valueOf(count), mapped.id());
        assertTrue(mapped.text().endsWith(" " + count), "text of record " + count);
        if (first == null) {
          first = new WeakReference<>(record.fields());
        }
      }
      assertEquals(RECORDS, count);
      assertTrue(export.bytesGiven() > 300_000_000L, "bytes read: " + export.bytesGiven());
      assertNull(collected(first), "the stream let go of the first record");
    }
  }

  private static Object collected(WeakReference<Object> reference) {
    for (int attempt = 0; attempt < 10 && reference.get() != null; attempt++) {
      System.gc();
    }
    return reference.get();
  }

  /** A head, {@link #RECORDS} records made one at a time, and a tail, as UTF-8 bytes. */
  private static final class GeneratedExport extends InputStream {
    private final IntFunction<String> record;
    private final byte[] tail;
    private byte[] chunk;
    private int position;
    private int made;
    private boolean tailGiven;
    private long given;

    GeneratedExport(String head, IntFunction<String> record, String tail) {
      this.record = record;
      this.chunk = head.getBytes(StandardCharsets.UTF_8);
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
    }

    long bytesGiven() {
      return given;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      while (position == chunk.length) {
        if (made < RECORDS) {
          chunk = record.apply(++made).getBytes(StandardCharsets.UTF_8);
        } else if (!tailGiven) {
          chunk = tail;
          tailGiven = true;
        } else {
          return -1;
        }
        position = 0;
      }
      int count = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, into, offset, count);
      position += count;
      given += count;
      return count;
    }
  }
}

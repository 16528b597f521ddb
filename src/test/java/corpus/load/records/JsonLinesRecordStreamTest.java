package corpus.load.records;

import static corpus.load.records.Records.bad;
import static corpus.load.records.Records.field;
import static corpus.load.records.Records.fixture;
import static corpus.load.records.Records.positions;
import static corpus.load.records.Records.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonLinesRecordStreamTest {

  @Test
  void ccNewsLinesAreRecordsAndTheBlankLineIsNotCounted() {
    // Five lines, the third blank: four records, on lines 1, 2, 4 and 5.
    List<RecordOutcome> outcomes = fixture("cc-news.jsonl");

    assertEquals(List.of("raw 1@1", "raw 2@2", "raw 3@4", "raw 4@5"), positions(outcomes));
    assertEquals(
        "Stocks closed higher on Wednesday, led by technology shares.\nThe Dow rose 0.4 per cent.",
        field(outcomes.get(1), "text"));
    assertEquals("2017-12-07 08:00:00", field(outcomes.get(2), "date"));
    assertEquals("www.wral.com", field(outcomes.get(3), "domain"));
  }

  @Test
  void aBrokenLineCostsOneRecordAndReadingGoesOn() {
    // Line 1 good, 2 cut short, 3 an array, 4 blank, 5 good, 6 a string, 7 two objects, 8 good.
    List<RecordOutcome> outcomes = fixture("broken.jsonl");

    assertEquals(
        List.of("raw 1@1", "bad 2@2", "bad 3@3", "raw 4@5", "bad 5@6", "bad 6@7", "raw 7@8"),
        positions(outcomes));
    assertTrue(
        bad(outcomes.get(1)).reason().startsWith("malformed JSON at column "),
        bad(outcomes.get(1)).reason());
    assertTrue(bad(outcomes.get(1)).reason().contains("end-of-input"));
    assertEquals("the line holds an array, not an object", bad(outcomes.get(2)).reason());
    assertEquals("the line holds a string, not an object", bad(outcomes.get(4)).reason());
    assertEquals("more than one JSON value on the line (column 25)", bad(outcomes.get(5)).reason());
    assertEquals("Good text three.", field(outcomes.get(6), "text"));
  }

  @Test
  void everyLineBreakCountsAsJacksonCountsThem() {
    String text = "{\"n\": 1}\r\n{\"n\": 2}\r{\"n\": 3}\n\r\n{\"n\": 4}";

    assertEquals(
        List.of("raw 1@1", "raw 2@2", "raw 3@3", "raw 4@5"),
        positions(read(RecordShape.JSON_LINES, text)));
  }

  @Test
  void aByteOrderMarkBeforeTheFirstLineIsSkipped() {
    List<RecordOutcome> outcomes =
        read(RecordShape.JSON_LINES, "\uFEFF{\"title\": \"marked\"}\n{\"title\": \"plain\"}\n");

    assertEquals(List.of("raw 1@1", "raw 2@2"), positions(outcomes));
    assertEquals("marked", field(outcomes.get(0), "title"));
  }

  @Test
  void aByteOrderMarkElsewhereIsNotSkipped() {
    List<RecordOutcome> outcomes = read(RecordShape.JSON_LINES, "{}\n\uFEFF{}\n");

    assertEquals(List.of("raw 1@1", "bad 2@2"), positions(outcomes));
  }

  @Test
  void bytesThatAreNotUtf8BecomeReplacementCharacters() {
    byte[] latin1 = "{\"title\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);

    List<RecordOutcome> outcomes = read(RecordShape.JSON_LINES, latin1);

    assertEquals("caf\uFFFD", field(outcomes.get(0), "title"));
  }

  @Test
  void aLongLineIsReadWhole() {
    String text = "x".repeat(3_000_000);
    String lines = "{\"n\": 1}\n{\"text\": \"" + text + "\"}\n{\"n\": 3}\n";

    List<RecordOutcome> outcomes = read(RecordShape.JSON_LINES, lines);

    assertEquals(List.of("raw 1@1", "raw 2@2", "raw 3@3"), positions(outcomes));
    assertEquals(text, field(outcomes.get(1), "text"));
  }

  @Test
  void aLineOverTheLimitIsABadRecordAndTheNextLineIsRead() {
    InputStream lines =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    bytes("{\"n\": 1}\n\""),
                    repeated('x', JsonLinesRecordStream.MAX_LINE_LENGTH),
                    bytes("\"\n{\"n\": 3}\n"))));
    List<RecordOutcome> outcomes = new ArrayList<>();

    try (RecordStream records = RecordShape.JSON_LINES.open(lines)) {
      records.forEachRemaining(outcomes::add);
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    assertEquals(List.of("raw 1@1", "bad 2@2", "raw 3@3"), positions(outcomes));
    assertEquals("a line longer than 20000000 characters", bad(outcomes.get(1)).reason());
  }

  @Test
  void aCutGzipStreamEndsTheFileWithABadRecord() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      for (int n = 1; n <= 100_000; n++) {
        gzip.write(
            ("{\"n\": " + n + ", \"text\": \"line " + n + " of a gzipped file\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] cut = Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2);
    List<RecordOutcome> outcomes = new ArrayList<>();

    try (RecordStream records =
        RecordShape.JSON_LINES.open(new GZIPInputStream(new ByteArrayInputStream(cut)))) {
      records.forEachRemaining(outcomes::add);
    }

    RecordOutcome last = outcomes.get(outcomes.size() - 1);
    assertTrue(bad(last).reason().startsWith("could not read: "), bad(last).reason());
    assertTrue(
        outcomes.size() > 1000 && outcomes.size() < 100_000, "records before the cut are kept");
    assertEquals(
        outcomes.size() - 1, outcomes.stream().filter(RawRecord.class::isInstance).count());
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static InputStream repeated(char c, int count) {
    byte[] line = new byte[count];
    Arrays.fill(line, (byte) c);
    return new ByteArrayInputStream(line);
  }
}

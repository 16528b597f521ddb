package corpus.load.records;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading a small fixture or string whole, for tests that look at every record. */
final class Records {
  private Records() {}

  static List<RecordOutcome> fixture(String name) {
    RecordShape shape = RecordShape.of(name).orElseThrow();
    InputStream in = Records.class.getResourceAsStream(name);
    assertTrue(in != null, "fixture " + name + " exists");
    return readAll(shape, in);
  }

  static List<RecordOutcome> read(RecordShape shape, String text) {
    return read(shape, text.getBytes(StandardCharsets.UTF_8));
  }

  static List<RecordOutcome> read(RecordShape shape, byte[] bytes) {
    return readAll(shape, new ByteArrayInputStream(bytes));
  }

  private static List<RecordOutcome> readAll(RecordShape shape, InputStream in) {
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (RecordStream records = shape.open(in)) {
      records.forEachRemaining(outcomes::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcomes;
  }

  static RawRecord raw(RecordOutcome outcome) {
    return assertInstanceOf(RawRecord.class, outcome, () -> "a record, not " + outcome);
  }

  static BadRecord bad(RecordOutcome outcome) {
    return assertInstanceOf(BadRecord.class, outcome, () -> "a bad record, not " + outcome);
  }

  /** "raw 1@2", "bad 3@4": number and line of each outcome, to compare a whole file at once. */
  static List<String> positions(List<RecordOutcome> outcomes) {
    return outcomes.stream()
        .map(
            outcome ->
                (outcome instanceof RawRecord ? "raw " : "bad ")
                    + outcome.number()
                    + "@"
                    + outcome.line())
        .toList();
  }

  static String field(RecordOutcome outcome, String name) {
    return raw(outcome).fields().path(name).asText(null);
  }
}

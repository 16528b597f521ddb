package corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import corpus.load.records.BadRecord;
import corpus.load.records.FieldMapping;
import corpus.load.records.MappedRecord;
import corpus.load.records.RawRecord;
import corpus.load.records.RecordOutcome;
import corpus.load.records.RecordShape;
import corpus.load.records.RecordStream;
import corpus.load.records.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Any bytes as a file of every record shape: records and bad records numbered 1, 2, 3, ..., each
 * bad one with a one-line reason that is no bug ("failed:"), then the end; never an exception, and
 * never more records than bytes, which would mean a loop. Mapping any record never throws.
 */
class RecordReadersFuzzTest {
  private static final FieldMapping MAPPING = FieldMapping.detect();

  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveRecordsOrReasonsAndEnd(byte[] bytes) throws IOException {
    for (RecordShape shape : RecordShape.values()) {
      try (RecordStream records = shape.open(new ByteArrayInputStream(bytes))) {
        int count = 0;
        long line = 1;
        while (records.hasNext()) {
          RecordOutcome outcome = records.next();
          count++;
          assertTrue(count <= bytes.length + 1, shape + ": more records than bytes");
          assertEquals(count, outcome.number(), shape + ": records are numbered in order");
          assertTrue(outcome.line() >= line, shape + ": lines go forward");
          line = outcome.line();
          if (outcome instanceof BadRecord bad) {
            checkReason(shape, bad.reason());
          } else {
            checkMapping(MAPPING.map(((RawRecord) outcome).fields()));
          }
        }
        assertFalse(records.hasNext(), shape + ": the end stays the end");
      }
    }
  }

  private static void checkReason(RecordShape shape, String reason) {
    assertFalse(reason.isBlank(), shape + ": a reason says something");
    assertEquals(1, reason.lines().count(), shape + ": a reason is one line: " + reason);
    assertFalse(reason.startsWith("failed:"), shape + ": a reason is not a bug: " + reason);
  }

  private static void checkMapping(MappedRecord mapped) {
    for (Role role : Role.values()) {
      String value = mapped.get(role);
      assertEquals(value != null, mapped.from().containsKey(role), role + " found and from agree");
      if (value != null) {
        assertFalse(value.isBlank(), role + " is not blank");
        assertEquals(value.strip(), value, role + " is trimmed");
      }
    }
  }
}

package corpus.load.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A record as the file holds it, before any field is given a meaning. CSV and TSV values are all
 * JSON strings.
 *
 * @param fields the record's own tree: the stream keeps no reference to it
 */
public record RawRecord(int number, long line, ObjectNode fields) implements RecordOutcome {
  public RawRecord {
    Positions.check(number, line);
    Objects.requireNonNull(fields, "fields");
  }
}

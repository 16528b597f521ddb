package corpus.load.records;

/**
 * A record that could not be read.
 *
 * @param reason one short line, e.g. "malformed JSON at line 3, column 2: Unexpected character ('}'
 *     (code 125)) ..."
 */
public record BadRecord(int number, long line, String reason) implements RecordOutcome {
  public BadRecord {
    Positions.check(number, line);
    if (reason == null || reason.isBlank() || !reason.equals(Reasons.oneLine(reason))) {
      throw new IllegalArgumentException("a reason is one non-blank line: " + reason);
    }
  }
}

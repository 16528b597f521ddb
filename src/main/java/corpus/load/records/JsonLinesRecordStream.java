package corpus.load.records;

import static corpus.load.records.JsonTrees.MAPPER;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;

/**
 * One JSON object per line (jsonlines.org, ndjson). Blank lines are not records. A line that is not
 * one JSON object is a bad record and reading goes on at the next line, so one broken line costs
 * one record.
 */
final class JsonLinesRecordStream extends OutcomeStream {
  /**
   * Longer than any article, and as long as the longest string Jackson reads: a longer line is a
   * bad record without being held in memory.
   */
  static final int MAX_LINE_LENGTH = 20_000_000;

  private final Reader input;
  private final LineReader lines;

  JsonLinesRecordStream(Reader input) {
    this.input = input;
    this.lines = new LineReader(input, MAX_LINE_LENGTH);
  }

  @Override
  protected RecordOutcome readNext() throws IOException {
    LineReader.Line line;
    do {
      line = lines.next();
      if (line == null) {
        return null;
      }
    } while (!line.tooLong() && line.text().isBlank());
    if (line.tooLong()) {
      return bad(line.number(), "a line longer than " + MAX_LINE_LENGTH + " characters");
    }
    return parse(line);
  }

  private RecordOutcome parse(LineReader.Line line) throws IOException {
    try (JsonParser parser = MAPPER.createParser(line.text())) {
      JsonNode value = MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        return bad(
            line.number(),
            "more than one JSON value on the line (column "
                + parser.currentTokenLocation().getColumnNr()
                + ")");
      }
      if (value instanceof ObjectNode fields) {
        return raw(line.number(), fields);
      }
      return bad(line.number(), "the line holds " + JsonTrees.kind(value) + ", not an object");
    } catch (JsonProcessingException malformed) {
      long column = malformed.getLocation() == null ? 0 : malformed.getLocation().getColumnNr();
      return bad(line.number(), JsonTrees.problem(malformed, "column " + column));
    }
  }

  @Override
  protected BadRecord endWith(IOException failure) {
    return unreadable(lines.lines() + 1, failure);
  }

  @Override
  protected long currentLine() {
    return Math.max(1, lines.lines());
  }

  @Override
  protected void closeInput() throws IOException {
    input.close();
  }
}

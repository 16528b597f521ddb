package corpus.load.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows under a header row, parsed by Jackson's CSV parser row by row. The first non-blank row names
 * the fields ({@link HeaderNames}); each later row is a record whose fields are all strings. A row
 * with another number of fields than the header is a bad record and reading goes on with the next;
 * a syntax error (a quote that never closes, text after a closing quote) ends the file, since where
 * the next row starts is then unknown. Blank lines are not records.
 */
final class CsvRecordStream extends OutcomeStream {
  private static final CsvMapper MAPPER = new CsvMapper();

  /** RFC 4180: comma-separated, double quotes around fields that hold commas, quotes or breaks. */
  static final CsvSchema CSV = CsvSchema.emptySchema();

  /**
   * IANA text/tab-separated-values: tab-separated and no quoting, as Kaggle's TSV exports and most
   * database dumps are written; a quote is text like any other character. A TSV that quotes
   * (pandas' {@code sep="\t"}) keeps its quotes, and a field with a line break in it splits its
   * row, which shows as bad records of too few fields.
   */
  static final CsvSchema TSV = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar();

  private final String format;
  private final Reader input;
  private final CsvParser parser;
  private List<String> header;

  /** Where the row being read starts. */
  private long rowLine = 1;

  CsvRecordStream(Reader input, CsvSchema schema, String format) {
    this.format = format;
    this.input = input;
    try {
      this.parser = MAPPER.getFactory().createParser(input);
    } catch (IOException unreachable) {
      // Creating a parser on a Reader reads nothing.
      throw new IllegalStateException(unreachable);
    }
    parser.setSchema(schema);
  }

  @Override
  protected RecordOutcome readNext() throws IOException {
    while (true) {
      List<String> row = nextRow();
      if (row == null) {
        return null;
      }
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (header == null) {
        header = HeaderNames.of(row);
        continue;
      }
      if (row.size() != header.size()) {
        return bad(
            rowLine, "a row of " + fields(row.size()) + " where the header has " + header.size());
      }
      ObjectNode fields = JsonNodeFactory.instance.objectNode();
      for (int column = 0; column < row.size(); column++) {
        fields.put(header.get(column), row.get(column));
      }
      return raw(rowLine, fields);
    }
  }

  private static String fields(int count) {
    return count == 1 ? "1 field" : count + " fields";
  }

  /** The values of the next row, or null at the end of the file. */
  private List<String> nextRow() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    // Before the row is read the parser stands where it starts; the token's own location is that
    // of the previous row.
    rowLine = parser.currentLocation().getLineNr();
    expect(JsonToken.START_ARRAY, token);
    List<String> values = new ArrayList<>();
    while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
      values.add(parser.getText());
    }
    expect(JsonToken.END_ARRAY, token);
    return values;
  }

  /** Without a schema of columns Jackson gives each row as an array of strings, nothing else. */
  private static void expect(JsonToken expected, JsonToken actual) {
    if (actual != expected) {
      throw new IllegalStateException(
          "CSV parser gave " + actual + " where " + expected + " was due");
    }
  }

  @Override
  protected BadRecord endWith(IOException failure) {
    if (failure instanceof JsonProcessingException malformed) {
      JsonLocation where =
          malformed.getLocation() != null ? malformed.getLocation() : parser.currentLocation();
      String message = malformed.getOriginalMessage();
      return bad(
          rowLine,
          "malformed "
              + format
              + " at line "
              + where.getLineNr()
              + ", column "
              + where.getColumnNr()
              + ": "
              + (message == null ? failure.getClass().getSimpleName() : message));
    }
    return unreadable(rowLine, failure);
  }

  @Override
  protected long currentLine() {
    return rowLine;
  }

  @Override
  protected void closeInput() throws IOException {
    closeBoth(parser, input);
  }
}

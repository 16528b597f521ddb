package corpus.load.records;

import static corpus.load.records.Records.bad;
import static corpus.load.records.Records.field;
import static corpus.load.records.Records.fixture;
import static corpus.load.records.Records.positions;
import static corpus.load.records.Records.raw;
import static corpus.load.records.Records.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordStreamTest {

  @Test
  void allTheNewsRowsAreRecordsStartingWhereTheirRowStarts() {
    // Header on line 1; rows at lines 2 (content over lines 2-4), 5, 6 (over 6-8) and 9.
    List<RecordOutcome> outcomes = fixture("all-the-news.csv");

    assertEquals(List.of("raw 1@2", "raw 2@5", "raw 3@6", "raw 4@9"), positions(outcomes));
    RawRecord first = raw(outcomes.get(0));
    assertEquals(
        List.of(
            "column_1",
            "id",
            "title",
            "publication",
            "author",
            "date",
            "year",
            "month",
            "url",
            "content"),
        names(first));
    assertEquals("0", field(first, "column_1"));
    assertEquals("17283", field(first, "id"));
    assertEquals("2016-12-31", field(first, "date"));
    assertEquals("", field(first, "url"));
    assertEquals(
        "WASHINGTON — Congressional Republicans have a new fear when it comes to their health care"
            + " lawsuit against the Obama administration: They might win.\n"
            + "The incoming Trump administration could choose to no longer defend the executive"
            + " branch against the suit, which challenges the administration's authority to spend"
            + " billions of dollars on health insurance subsidies.\n"
            + "\"It's a bit of a gamble,\" said one aide, \"but a calculated one.\"",
        field(first, "content"));
    assertEquals(
        "Tyrus Wong, ‘Bambi’ Artist Thwarted by Racial Bias, Dies at 106 - The New York Times",
        field(outcomes.get(2), "title"));
    assertTrue(field(outcomes.get(2), "content").contains("visual style.\n\nVastly more"));
    assertEquals("", field(outcomes.get(3), "publication"));
    assertEquals("A list of notable deaths, with a \"twist\".", field(outcomes.get(3), "content"));
  }

  @Test
  void aRowOfTheWrongLengthIsABadRecordAndARunawayQuoteEndsTheFile() {
    // Header 1; good 2; short 3; long 4; good over 5-6; the quote opened on line 7 never closes.
    List<RecordOutcome> outcomes = fixture("short-row-and-runaway-quote.csv");

    assertEquals(
        List.of("raw 1@2", "bad 2@3", "bad 3@4", "raw 4@5", "bad 5@7"), positions(outcomes));
    assertEquals("a row of 3 fields where the header has 4", bad(outcomes.get(1)).reason());
    assertEquals("a row of 5 fields where the header has 4", bad(outcomes.get(2)).reason());
    assertEquals("Good, quoted", field(outcomes.get(3), "title"));
    assertEquals("Two\nlines.", field(outcomes.get(3), "text"));
    String runaway = bad(outcomes.get(4)).reason();
    assertTrue(runaway.startsWith("malformed CSV at line 10, column "), runaway);
    assertTrue(runaway.contains("Missing closing quote"), runaway);
  }

  @Test
  void textAfterAClosingQuoteEndsTheFile() {
    String csv = "id,title\n1,\"quoted\"tail\n2,never read\n";

    List<RecordOutcome> outcomes = read(RecordShape.CSV, csv);

    assertEquals(List.of("bad 1@2"), positions(outcomes));
    assertTrue(bad(outcomes.get(0)).reason().startsWith("malformed CSV at line 2"));
  }

  @Test
  void aTsvIsTabSeparatedAndItsQuotesAreText() {
    List<RecordOutcome> outcomes = fixture("news.tsv");

    assertEquals(List.of("raw 1@2", "raw 2@3", "raw 3@4"), positions(outcomes));
    assertEquals("Budget \"deal\" reached", field(outcomes.get(0), "title"));
    assertEquals("Lawmakers reached a \"deal\", officials said.", field(outcomes.get(0), "text"));
    assertEquals("\"Nothing happened,\" she said.", field(outcomes.get(1), "text"));
    assertEquals("", field(outcomes.get(2), "source"));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstHeaderName() {
    List<RecordOutcome> outcomes = fixture("bom.csv");

    assertEquals(List.of("raw 1@2", "raw 2@3"), positions(outcomes));
    assertEquals(List.of("id", "title", "text"), names(raw(outcomes.get(0))));
    assertEquals("b-1", field(outcomes.get(0), "id"));
  }

  @Test
  void headerNamesAreTrimmedAndMadeUnique() {
    String csv = " title ,,title,title_2,,column_2\na,b,c,d,e,f\n";

    RawRecord record = raw(read(RecordShape.CSV, csv).get(0));

    assertEquals(
        List.of("title", "column_2_2", "title_3", "title_2", "column_5", "column_2"),
        names(record));
    assertEquals("c", field(record, "title_3"));
    assertEquals("b", field(record, "column_2_2"));
    assertEquals("f", field(record, "column_2"));
  }

  @Test
  void blankLinesAreNotRecordsAndCrLfEndsARow() {
    String csv = "\r\nid,text\r\n1,\"a\r\nb\"\r\n\r\n   \r\n2,c\r\n";

    List<RecordOutcome> outcomes = read(RecordShape.CSV, csv);

    assertEquals(List.of("raw 1@3", "raw 2@7"), positions(outcomes));
    assertEquals("a\r\nb", field(outcomes.get(0), "text"));
  }

  @Test
  void aHeaderAloneOrNothingAtAllHasNoRecords() {
    assertEquals(List.of(), read(RecordShape.CSV, "id,title,text\n"));
    assertEquals(List.of(), read(RecordShape.TSV, ""));
  }

  private static List<String> names(RawRecord record) {
    List<String> names = new ArrayList<>();
    record.fields().fieldNames().forEachRemaining(names::add);
    for (JsonNode value : record.fields()) {
      assertTrue(value.isTextual(), "every CSV value is a string");
    }
    return names;
  }
}

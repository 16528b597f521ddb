package corpus.load.records;

import static corpus.load.records.Records.bad;
import static corpus.load.records.Records.field;
import static corpus.load.records.Records.fixture;
import static corpus.load.records.Records.positions;
import static corpus.load.records.Records.raw;
import static corpus.load.records.Records.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordStreamTest {

  @Test
  void aNewsPleaseFileIsOneArticle() {
    List<RecordOutcome> outcomes = fixture("news-please.json");

    assertEquals(List.of("raw 1@1"), positions(outcomes));
    RawRecord article = raw(outcomes.get(0));
    assertEquals("2023-12-19 10:31:00", article.fields().get("date_publish").textValue());
    assertEquals("www.theguardian.com", field(article, "source_domain"));
    assertTrue(article.fields().get("text").isNull());
    assertEquals(
        "Thousands of farmers drove their tractors into Berlin on Monday to protest against the"
            + " government's plans to cut subsidies.\n\nThe protest brought traffic around the"
            + " Brandenburg Gate to a standstill.",
        field(article, "maintext"));
    assertEquals("Kate Connolly", article.fields().get("authors").get(0).textValue());
  }

  @Test
  void anArrayGivesOneRecordPerElementAtTheLineItStarts() {
    // Three objects, opening at lines 2, 14 and 26 of the file.
    List<RecordOutcome> outcomes = fixture("news-please-array.json");

    assertEquals(List.of("raw 1@2", "raw 2@14", "raw 3@26"), positions(outcomes));
    assertEquals("www.bbc.co.uk", field(outcomes.get(1), "source_domain"));
    assertEquals(
        "The central bank left interest rates unchanged, citing \"persistent\" inflation.",
        field(outcomes.get(1), "maintext"));
    assertTrue(raw(outcomes.get(2)).fields().get("date_publish").isNull());
  }

  @Test
  void aNewsApiResponseGivesItsArticlesNotItself() {
    List<RecordOutcome> outcomes = fixture("newsapi.json");

    assertEquals(List.of("raw 1@1", "raw 2@2", "raw 3@3"), positions(outcomes));
    RawRecord first = raw(outcomes.get(0));
    assertEquals("Reuters", first.fields().path("source").path("name").textValue());
    assertEquals("2023-12-19T09:14:22Z", field(first, "publishedAt"));
    assertFalse(first.fields().has("status"), "the wrapper's own fields are not a record's");
    assertEquals("Apple pauses Watch sales", field(outcomes.get(1), "title"));
  }

  @Test
  void aWrapperTwoLevelsDownIsFoundAndTheRestOfItIsReadPast() {
    // The NYT Article Search API: {"status", "copyright", "response": {"docs": [...], "meta"}}.
    List<RecordOutcome> outcomes = fixture("nyt-search.json");

    assertEquals(List.of("raw 1@6", "raw 2@16"), positions(outcomes));
    assertEquals(
        "Budget Deal Reached",
        raw(outcomes.get(0)).fields().path("headline").path("main").textValue());
  }

  @Test
  void aTruncatedArrayKeepsTheRecordsBeforeTheCutThenEndsWithOneBadRecord() {
    List<RecordOutcome> outcomes = fixture("truncated-array.json");

    assertEquals(List.of("raw 1@2", "raw 2@3", "bad 3@4"), positions(outcomes));
    assertEquals("Second.", field(outcomes.get(1), "text"));
    String reason = bad(outcomes.get(2)).reason();
    assertTrue(reason.startsWith("malformed JSON at line 4, column "), reason);
    assertTrue(reason.contains("end-of-input"), reason);
  }

  @Test
  void garbageInTheMiddleOfAnArrayEndsTheFileAtTheLineOfTheGarbage() {
    String json =
        """
        [{"title": "kept"},
         {"title": "also kept"}
         {"title": "after a missing comma"},
         {"title": "never reached"}]
        """;

    List<RecordOutcome> outcomes = read(RecordShape.JSON, json);

    assertEquals(List.of("raw 1@1", "raw 2@2", "bad 3@3"), positions(outcomes));
    String reason = bad(outcomes.get(2)).reason();
    assertTrue(
        reason.startsWith("malformed JSON at line 3, column 2: Unexpected character"), reason);
    assertFalse(reason.contains("Source:"), "Jackson's source description is left out: " + reason);
  }

  @Test
  void anElementThatIsNotAnObjectIsABadRecordAndReadingGoesOn() {
    String json = "[{\"a\": 1},\n \"text\",\n [1, [2]],\n null,\n {\"a\": 2}]";

    List<RecordOutcome> outcomes = read(RecordShape.JSON, json);

    assertEquals(
        List.of("raw 1@1", "bad 2@2", "bad 3@3", "bad 4@4", "raw 5@5"), positions(outcomes));
    assertEquals("an element that is a string, not an object", bad(outcomes.get(1)).reason());
    assertEquals("an element that is an array, not an object", bad(outcomes.get(2)).reason());
    assertEquals("an element that is null, not an object", bad(outcomes.get(3)).reason());
    assertEquals(2, raw(outcomes.get(4)).fields().get("a").intValue());
  }

  @Test
  void anArticleHoldingArraysOfObjectsIsStillOneArticle() {
    String json =
        """
        {"title": "One article",
         "authors": [{"name": "A. Writer"}, {"name": "B. Writer"}],
         "images": [{"src": "a.jpg"}],
         "body": "Its text."}
        """;

    List<RecordOutcome> outcomes = read(RecordShape.JSON, json);

    assertEquals(List.of("raw 1@1"), positions(outcomes));
    assertEquals("Its text.", field(outcomes.get(0), "body"));
    assertEquals(2, raw(outcomes.get(0)).fields().get("authors").size());
  }

  @Test
  void onlyANamedArrayOfObjectsMakesAWrapper() {
    // "items" holds strings, so it is a field; "data" holds objects, so its elements are records.
    String json =
        """
        {"items": ["x", "y"],
         "meta": {"count": 2},
         "Data": [
           {"title": "first"},
           {"title": "second"}
         ],
         "results": [{"title": "a second array is not read"}]}
        """;

    List<RecordOutcome> outcomes = read(RecordShape.JSON, json);

    assertEquals(List.of("raw 1@4", "raw 2@5"), positions(outcomes));
    assertEquals("second", field(outcomes.get(1), "title"));
  }

  @Test
  void anEmptyResultPageIsOneRecordNotNothing() {
    String json = "{\"status\": \"ok\", \"totalResults\": 0, \"articles\": []}";

    List<RecordOutcome> outcomes = read(RecordShape.JSON, json);

    assertEquals(List.of("raw 1@1"), positions(outcomes));
    assertEquals(0, raw(outcomes.get(0)).fields().get("articles").size());
  }

  @Test
  void aWrapperDeeperThanTwoLevelsIsOneRecord() {
    String json = "{\"a\": {\"b\": {\"articles\": [{\"title\": \"deep\"}]}}}";

    List<RecordOutcome> outcomes = read(RecordShape.JSON, json);

    assertEquals(List.of("raw 1@1"), positions(outcomes));
    assertEquals("deep", raw(outcomes.get(0)).fields().at("/a/b/articles/0/title").textValue());
  }

  @Test
  void brokenSyntaxAfterTheRecordsOfAWrapperIsStillReported() {
    String json = "{\"articles\": [{\"title\": \"kept\"}],\n \"status\": ok}";

    List<RecordOutcome> outcomes = read(RecordShape.JSON, json);

    assertEquals(List.of("raw 1@1", "bad 2@2"), positions(outcomes));
    assertTrue(bad(outcomes.get(1)).reason().contains("Unrecognized token 'ok'"));
  }

  @Test
  void oneObjectPerLineSavedAsJsonReadsToo() {
    String json = "{\"title\": \"one\"}\n{\"title\": \"two\"}\n\n[{\"title\": \"three\"}]\n42\n";

    List<RecordOutcome> outcomes = read(RecordShape.JSON, json);

    assertEquals(List.of("raw 1@1", "raw 2@2", "raw 3@4", "bad 4@5"), positions(outcomes));
    assertEquals("three", field(outcomes.get(2), "title"));
    assertEquals(
        "the top-level value is a number, not an object or an array",
        bad(outcomes.get(3)).reason());
  }

  @Test
  void anEmptyFileHasNoRecords() {
    assertEquals(List.of(), read(RecordShape.JSON, " \n\t\n"));
    assertEquals(List.of(), read(RecordShape.JSON, "[]"));
  }

  @Test
  void aByteOrderMarkIsSkippedAndLinesAreCountedAfterIt() {
    List<RecordOutcome> outcomes = read(RecordShape.JSON, "\uFEFF[\n{\"title\": \"marked\"}]");

    assertEquals(List.of("raw 1@2"), positions(outcomes));
    assertEquals("marked", field(outcomes.get(0), "title"));
  }

  @Test
  void aNumberTooLargeForADoubleIsInfinityNotTheEndOfTheFile() {
    List<RecordOutcome> outcomes =
        read(RecordShape.JSON, "[{\"n\": 12345e78901234567891}, {\"n\": 2}]");

    assertEquals(List.of("raw 1@1", "raw 2@1"), positions(outcomes));
    assertTrue(Double.isInfinite(raw(outcomes.get(0)).fields().get("n").doubleValue()));
  }
}

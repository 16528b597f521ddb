package corpus.load.records;

import static corpus.load.records.Records.fixture;
import static corpus.load.records.Records.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldMappingTest {
  /** The fields as the JSON reader gives them (its decimals are exact). */
  private static ObjectNode fields(String json) {
    return raw(Records.read(RecordShape.JSON, json).get(0)).fields();
  }

  private static MappedRecord detect(String json) {
    return FieldMapping.detect().map(fields(json));
  }

  @Test
  void aNewsPleaseArticleMapsItsOwnNames() {
    MappedRecord article =
        FieldMapping.detect().map(raw(fixture("news-please.json").get(0)).fields());

    assertEquals(
        "German farmers bring Berlin to a standstill in protest over subsidy cuts",
        article.title());
    assertEquals("2023-12-19 10:31:00", article.date());
    assertEquals("www.theguardian.com", article.source());
    assertEquals(
        "https://www.theguardian.com/world/2023/dec/19/german-farmers-protest-berlin",
        article.id());
    assertEquals(
        "Thousands of farmers drove their tractors into Berlin on Monday to protest against the"
            + " government's plans to cut subsidies.\n\nThe protest brought traffic around the"
            + " Brandenburg Gate to a standstill.",
        article.text());
    assertEquals(
        Map.of(
            Role.TEXT, "maintext",
            Role.TITLE, "title",
            Role.DATE, "date_publish",
            Role.SOURCE, "source_domain",
            Role.ID, "url",
            Role.LANGUAGE, "language"),
        article.from());
  }

  @Test
  void aNewsApiArticleTakesItsSourceFromTheSourceObjectsName() {
    List<RecordOutcome> articles = fixture("newsapi.json");

    MappedRecord first = FieldMapping.detect().map(raw(articles.get(0)).fields());
    MappedRecord removed = FieldMapping.detect().map(raw(articles.get(2)).fields());

    assertEquals("Reuters", first.source());
    assertEquals("source.name", first.from().get(Role.SOURCE));
    assertEquals("2023-12-19T09:14:22Z", first.date());
    assertEquals("publishedAt", first.from().get(Role.DATE));
    assertEquals("content", first.from().get(Role.TEXT));
    assertEquals("https://www.reuters.com/business/energy/oil-prices-rise-2023-12-19/", first.id());
    // "source": {"id": null, "name": null} has no name, and no other source field is there.
    assertNull(removed.source());
    assertEquals(
        List.of(Role.TEXT, Role.TITLE, Role.DATE, Role.ID), List.copyOf(removed.from().keySet()));
  }

  @Test
  void aKaggleCsvRowMapsPublicationAsItsSource() {
    MappedRecord row = FieldMapping.detect().map(raw(fixture("all-the-news.csv").get(1)).fields());

    assertEquals("New York Times", row.source());
    assertEquals("publication", row.from().get(Role.SOURCE));
    assertEquals("17284", row.id());
    assertEquals("2017-06-19", row.date());
    assertEquals("content", row.from().get(Role.TEXT));
  }

  @Test
  void overridesReadANestedPathAndNothingElse() {
    ObjectNode doc = raw(fixture("nyt-search.json").get(0)).fields();
    FieldMapping mapping =
        FieldMapping.parse(
            List.of("text=lead_paragraph", "title=headline.main", "date = pub_date", "ID=_id"));

    MappedRecord mapped = mapping.map(doc);

    assertEquals(
        "Congressional leaders reached a deal on Sunday to fund the government through March.",
        mapped.text());
    assertEquals("Budget Deal Reached", mapped.title());
    assertEquals("2023-12-17T23:05:12+0000", mapped.date());
    assertEquals("nyt://article/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", mapped.id());
    assertEquals("The New York Times", mapped.source());
    assertEquals(
        Map.of(
            Role.TEXT, "lead_paragraph",
            Role.TITLE, "headline.main",
            Role.DATE, "pub_date",
            Role.SOURCE, "source",
            Role.ID, "_id"),
        mapped.from());
  }

  @Test
  void anOverriddenRoleDoesNotFallBackToTheUsualNames() {
    MappedRecord mapped =
        FieldMapping.detect()
            .with(Role.TEXT, "story_body")
            .map(fields("{\"text\": \"the usual name\", \"title\": \"t\"}"));

    assertNull(mapped.text());
    assertEquals("t", mapped.title());
  }

  @Test
  void aFieldWhoseNameHasADotIsFoundBeforeANestedOne() {
    ObjectNode flat = fields("{\"source.name\": \"Flat\", \"source\": {\"name\": \"Nested\"}}");
    ObjectNode nested = fields("{\"source\": {\"name\": \"Nested\"}}");
    FieldMapping mapping = FieldMapping.detect().with(Role.SOURCE, "source.name");

    assertEquals("Flat", mapping.map(flat).source());
    assertEquals("Nested", mapping.map(nested).source());
    assertEquals("source.name", mapping.map(nested).from().get(Role.SOURCE));
  }

  @Test
  void exactNamesWinOverNamesThatDifferOnlyInCase() {
    // "Text" matches the first usual name only when case is ignored; "body" matches exactly.
    MappedRecord mapped = detect("{\"Text\": \"ignoring case\", \"body\": \"exact\"}");

    assertEquals("exact", mapped.text());
    assertEquals("body", mapped.from().get(Role.TEXT));
  }

  @Test
  void namesInAnotherCaseAreFoundAndReportedAsSpelled() {
    MappedRecord mapped = detect("{\"TITLE\": \"Upper\", \"Date\": \"2020-01-01\", \"ID\": 7}");

    assertEquals("Upper", mapped.title());
    assertEquals(Map.of(Role.TITLE, "TITLE", Role.DATE, "Date", Role.ID, "ID"), mapped.from());
  }

  @Test
  void blankAndNonTextValuesAreMissingAndTheNextNameIsTried() {
    MappedRecord mapped =
        detect(
            "{\"text\": \"  \", \"body\": null, \"content\": [\"a\"], \"maintext\": {\"x\": 1},"
                + " \"article\": true, \"full_text\": \"  the text  \", \"title\": \"\","
                + " \"headline\": \"\\tHeadline\\n\"}");

    assertEquals("the text", mapped.text());
    assertEquals("full_text", mapped.from().get(Role.TEXT));
    assertEquals("Headline", mapped.title());
  }

  @Test
  void theUsualNamesAreTriedInOrder() {
    MappedRecord mapped =
        detect(
            "{\"timestamp\": 1, \"pubDate\": \"second\", \"guid\": \"g\", \"link\": \"l\","
                + " \"publisher\": {\"name\": \"P\"}, \"media_name\": \"M\"}");

    assertEquals("second", mapped.date());
    assertEquals("l", mapped.id());
    assertEquals("M", mapped.source());
  }

  @ParameterizedTest
  @CsvSource({
    "1702981860, 1702981860",
    "1.70298186E9, 1702981860",
    "1702981860.0, 1702981860",
    "1702981860.250, 1702981860.25",
    "1702981860.123456, 1702981860.123456",
    "-0.0, 0",
    "12345678901234567890123, 12345678901234567890123",
  })
  void numbersAreGivenInPlainDigits(String json, String text) {
    assertEquals(text, detect("{\"timestamp\": " + json + "}").date());
    assertEquals(text, detect("{\"id\": " + json + "}").id());
  }

  @Test
  void numbersFromTreesBuiltElsewhereAreGivenInPlainDigitsToo() {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    fields.put("timestamp", 1.70298186e9);
    fields.put("id", Double.NaN);
    fields.put("url", new BigDecimal("1E+70"));

    MappedRecord mapped = FieldMapping.detect().map(fields);

    assertEquals("1702981860", mapped.date());
    assertNull(mapped.id(), "neither NaN nor a 71-digit number is an id");
  }

  @Test
  void aNumberBeyondADoubleIsMissingAndOneBelowItIsZero() {
    assertNull(detect("{\"id\": 1e999999999}").id());
    assertEquals("0", detect("{\"id\": 1e-999999999}").id());
  }

  @Test
  void parseRejectsAnEntryNamingItAndTheRoles() {
    assertEquals(
        "field mapping \"txt=body\" names no role (\"txt\"); roles: text, title, date, source, id, language",
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse(List.of("txt=body")))
            .getMessage());
    assertEquals(
        "field mapping \"body\" is not role=path; roles: text, title, date, source, id, language",
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse(List.of("body")))
            .getMessage());
    assertEquals(
        "field mapping \"text= \" has no field path after '='; roles: text, title, date, source,"
            + " id, language",
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse(List.of("text= ")))
            .getMessage());
    assertEquals(
        "field mapping \"date=b\" maps date again (already a); roles: text, title, date, source,"
            + " id, language",
        assertThrows(
                IllegalArgumentException.class,
                () -> FieldMapping.parse(List.of("date=a", "date=b")))
            .getMessage());
  }

  @Test
  void rolesAreNamedInLowerCaseWhateverTheLocale() {
    // The build runs the tests in Turkish, where "ID".toLowerCase() is "ıd".
    assertEquals("id", Role.ID.label());
    assertEquals(Role.ID, Role.named("ID").orElseThrow());
    assertEquals(Role.TITLE, Role.named("tItLe").orElseThrow());
  }
}

package corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import corpus.query.KwicLine;
import corpus.query.KwicResult;
import corpus.query.Result;
import corpus.query.SearchHit;
import corpus.query.SearchResult;
import corpus.query.Snippet;
import corpus.report.KwicLayout;
import corpus.report.Layout;
import corpus.report.Meta;
import corpus.report.OutputFormat;
import corpus.report.ResultWriter;
import corpus.report.SearchLayout;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Any text in a result survives export: written as JSON, JSON lines and CSV and parsed back, every
 * cell is the same; in the terminal table every row stays on its own line and no character is cut
 * in half. The cells are built from what breaks exports: separators, quotes, line breaks, control
 * and non-BMP characters, mark-up.
 */
class ExportRoundTripFuzzTest {
  private static final Meta META = new Meta("0", "fuzz", Map.of(), null, "fuzz");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private static final String[] PIECES = {
    ",",
    ";",
    "\t",
    "\"",
    "\"\"",
    "'",
    "\\",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u0085",
    "\u0000",
    "\u001b[31m",
    " ",
    "  ",
    "\u00a0",
    "\ufeff",
    "Putin",
    "a",
    "中国",
    "Путин",
    "\u0301",
    "😀",
    "𝔘",
    "<mark>",
    "</mark>",
    "=1+1",
    "-",
    "null",
    "0",
    "1e9",
    "…"
  };

  @FuzzTest(maxDuration = "60s")
  void everyCellSurvivesEveryFormat(FuzzedDataProvider data) throws IOException {
    List<KwicLine> lines = new ArrayList<>();
    List<SearchHit> hits = new ArrayList<>();
    int count = data.consumeInt(0, 4);
    for (int i = 0; i < count; i++) {
      LocalDate date =
          data.consumeBoolean() ? null : LocalDate.ofEpochDay(data.consumeInt(0, 30000));
      String id = cell(data);
      String left = cell(data);
      String match = cell(data);
      String right = cell(data);
      String source = data.consumeBoolean() ? null : cell(data);
      lines.add(new KwicLine(id, date, source, left, match, right));
      hits.add(
          new SearchHit(cell(data), cell(data), cell(data), date, source, i * 0.25, snippet(data)));
    }
    KwicResult kwic = new KwicResult(count, lines);
    SearchResult search = new SearchResult(count, hits);

    for (int i = 0; i < count; i++) {
      KwicLine line = lines.get(i);
      List<String> kwicCells =
          List.of(
              line.id(),
              dateText(line.date()),
              line.source() == null ? "" : line.source(),
              line.left(),
              line.match(),
              line.right());
      assertEquals(kwicCells, csvRows(kwic, new KwicLayout()).get(i + 1));
      JsonNode jsonl = jsonLines(kwic, new KwicLayout()).get(i);
      assertEquals(line.left(), jsonl.get("left").asText());
      assertEquals(line.match(), jsonl.get("match").asText());
      assertEquals(line.right(), jsonl.get("right").asText());
      JsonNode json = json(kwic).get("lines").get(i);
      assertEquals(line.id(), json.get("id").asText());
      assertEquals(line.source(), json.get("source").isNull() ? null : json.get("source").asText());
      assertEquals(line.left() + line.match() + line.right(), text(json, "left", "match", "right"));

      SearchHit hit = hits.get(i);
      JsonNode jsonHit = json(search).get("hits").get(i);
      assertEquals(hit.title(), jsonHit.get("title").asText());
      assertEquals(hit.path(), jsonHit.get("path").asText());
      assertEquals(marked(hit.snippet()), jsonHit.get("snippet").asText());
      List<String> csvHit = csvRows(search, new SearchLayout()).get(i + 1);
      assertEquals(hit.title(), csvHit.get(6));
      assertEquals(marked(hit.snippet()), csvHit.get(7));
    }

    // In the terminal: the heading, the header and one line per concordance line.
    String table = table(kwic, new KwicLayout());
    assertEquals(count == 0 ? 1 : 2 + count, table.split("\n", -1).length - 1, table);
    assertWholeCharacters(table);
    assertWholeCharacters(table(search, new SearchLayout()));
  }

  /** A cell: up to six pieces, some of them arbitrary text. */
  private static String cell(FuzzedDataProvider data) {
    StringBuilder text = new StringBuilder();
    int pieces = data.consumeInt(0, 6);
    for (int p = 0; p < pieces; p++) {
      text.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(12));
    }
    // Text decoded from a file never holds half a surrogate pair; only the writers could cut one.
    return text.toString().replaceAll("\\p{Cs}", "\uFFFD");
  }

  /** A snippet with marks on whole pieces of its text, as the highlighter makes them. */
  private static Snippet snippet(FuzzedDataProvider data) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Span> marks = new ArrayList<>();
    int pieces = data.consumeInt(0, 4);
    for (int p = 0; p < pieces; p++) {
      int start = text.length();
      text.append(cell(data));
      if (data.consumeBoolean() && text.length() > start) {
        marks.add(new Snippet.Span(start, text.length()));
        text.append(' '); // marks never touch
      }
    }
    return new Snippet(text.toString(), marks);
  }

  private static String marked(Snippet snippet) {
    StringBuilder out = new StringBuilder();
    int position = 0;
    for (Snippet.Span span : snippet.marks()) {
      out.append(snippet.text(), position, span.start()).append("<mark>");
      out.append(snippet.text(), span.start(), span.end()).append("</mark>");
      position = span.end();
    }
    return out.append(snippet.text().substring(position)).toString();
  }

  private static String dateText(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String text(JsonNode node, String... fields) {
    StringBuilder out = new StringBuilder();
    for (String field : fields) {
      out.append(node.get(field).asText());
    }
    return out.toString();
  }

  /** No half of a surrogate pair on its own: it would print as '?' or break the terminal. */
  private static void assertWholeCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertFalse(
            i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)),
            "a character cut in half at " + i + ": " + text);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), "a character cut in half at " + i + ": " + text);
      }
    }
  }

  private static <R extends Result> String write(OutputFormat format, R result, Layout<R> layout)
      throws IOException {
    StringWriter out = new StringWriter();
    new ResultWriter(format, false, true).write(META, result, layout, out);
    return out.toString();
  }

  private static <R extends Result> JsonNode json(R result) throws IOException {
    // JSON is written from the record itself; the layout is not used.
    return JSON.readTree(write(OutputFormat.JSON, result, null));
  }

  private static <R extends Result> List<JsonNode> jsonLines(R result, Layout<R> layout)
      throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (MappingIterator<JsonNode> parsed =
        JSON.readerFor(JsonNode.class).readValues(write(OutputFormat.JSONL, result, layout))) {
      parsed.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static <R extends Result> List<List<String>> csvRows(R result, Layout<R> layout)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> parsed =
        CSV.readerForListOf(String.class).readValues(write(OutputFormat.CSV, result, layout))) {
      parsed.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static <R extends Result> String table(R result, Layout<R> layout) throws IOException {
    return write(OutputFormat.TABLE, result, layout);
  }
}

package corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import corpus.query.FrequencyResult;
import corpus.query.FrequencyRow;
import corpus.query.FrequencyTable;
import corpus.report.FrequencyLayout;
import corpus.report.Meta;
import corpus.report.OutputFormat;
import corpus.report.ResultWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Any strings in a result survive export: written as JSON and CSV, parsed back, the same. */
class ExportRoundTripFuzzTest {
  private static final Meta META = new Meta("0", "freq", Map.of(), null, "fuzz");

  @FuzzTest(maxDuration = "60s")
  void jsonAndCsvParseBackToTheSameCells(FuzzedDataProvider data) throws IOException {
    String period = data.consumeString(20);
    List<FrequencyRow> rows = new ArrayList<>();
    int count = data.consumeInt(0, 5);
    for (int i = 0; i < count; i++) {
      rows.add(
          new FrequencyRow(
              data.consumeString(40), data.consumeLong(0, Long.MAX_VALUE), i, 0.5 * i));
    }
    FrequencyResult result =
        new FrequencyResult(List.of(new FrequencyTable(period, 1, 2, rows)), 0);

    StringWriter json = new StringWriter();
    new ResultWriter(OutputFormat.JSON, false, true)
        .write(META, result, new FrequencyLayout(), json);
    JsonNode table = new ObjectMapper().readTree(json.toString()).get("tables").get(0);
    assertEquals(period, table.get("period").asText());
    for (int i = 0; i < count; i++) {
      assertEquals(rows.get(i).term(), table.get("rows").get(i).get("term").asText());
      assertEquals(rows.get(i).count(), table.get("rows").get(i).get("count").asLong());
    }

    StringWriter csv = new StringWriter();
    new ResultWriter(OutputFormat.CSV, false, true).write(META, result, new FrequencyLayout(), csv);
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> lines = new ArrayList<>();
    try (MappingIterator<List<String>> parsed =
        mapper.readerForListOf(String.class).readValues(csv.toString())) {
      parsed.forEachRemaining(lines::add);
    }
    assertEquals(1 + count, lines.size(), csv.toString());
    for (int i = 0; i < count; i++) {
      assertEquals(period, lines.get(i + 1).get(0));
      assertEquals(rows.get(i).term(), lines.get(i + 1).get(1));
    }
  }
}

package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code freq}'s dispersion columns on the sample corpus, recomputed here from the articles' text
 * by the published formulas (Gries 2008; Lijffijt and Gries 2012), with counts made by a regular
 * expression and part sizes from {@code docs}.
 */
class DispersionCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static String index;

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    CliChecks.indexBundledCorpus(Path.of(index));
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--format");
    all.add("json");
    CliRunner.Run run = CliChecks.runOn(index, all.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  /** The word's count in each article, by id, from the file's text. */
  private static Map<String, Long> countsOf(String word) throws IOException {
    Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + word + "(?![\\p{L}\\p{N}])");
    Map<String, Long> counts = new TreeMap<>();
    for (JsonNode doc : json("docs").get("documents")) {
      String id = doc.get("id").asText();
      String text = Files.readString(CliChecks.bundledCorpus().resolve(id));
      Matcher matcher = pattern.matcher(text.toLowerCase(Locale.ROOT));
      long found = 0;
      while (matcher.find()) {
        found++;
      }
      counts.put(id, found);
    }
    return counts;
  }

  @Test
  void dpOverArticlesIsRecomputedFromTheText() throws IOException {
    Map<String, Long> sizes = new HashMap<>();
    Map<String, String> years = new HashMap<>();
    for (JsonNode doc : json("docs").get("documents")) {
      sizes.put(doc.get("id").asText(), doc.get("tokens").asLong());
      years.put(doc.get("id").asText(), doc.get("date").asText());
    }
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    long smallest = sizes.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    JsonNode rows = json("freq", "--top", "10").get("tables").get(0).get("rows");
    int checked = 0;
    for (JsonNode row : rows) {
      String word = row.get("term").asText();
      if (!word.matches("[a-z]+")) {
        continue;
      }
      Map<String, Long> counts = countsOf(word);
      long frequency = counts.values().stream().mapToLong(Long::longValue).sum();
      assertEquals(
          frequency, row.get("count").asLong(), "the regex counts " + word + " as freq does");
      double deviations = 0;
      long range = 0;
      for (Map.Entry<String, Long> article : counts.entrySet()) {
        deviations +=
            Math.abs(
                (double) article.getValue() / frequency
                    - (double) sizes.get(article.getKey()) / total);
        range += article.getValue() > 0 ? 1 : 0;
      }
      JsonNode dispersion = row.get("dispersion");
      assertEquals(sizes.size(), dispersion.get("parts").asLong());
      assertEquals(range, dispersion.get("range").asLong());
      assertEquals(0.5 * deviations, dispersion.get("dp").asDouble(), 1e-12, word);
      assertEquals(
          0.5 * deviations / (1 - (double) smallest / total),
          dispersion.get("dp_norm").asDouble(),
          1e-12,
          word);
      double d = dispersion.get("juilland_d").asDouble();
      assertTrue(d >= 0 && d <= 1, word + ": " + d);
      checked++;
    }
    assertTrue(checked >= 5, "rows checked: " + checked);
  }

  @Test
  void partsPerYearLeaveUndatedArticlesOut() throws IOException {
    JsonNode row = json("freq", "--top", "1", "--parts", "year").get("tables").get(0).get("rows");
    JsonNode dispersion = row.get(0).get("dispersion");
    // The sample's dated articles fall in 2022, 2023 and 2024; the undated one is in no year.
    assertEquals(3, dispersion.get("parts").asLong());
    assertTrue(dispersion.get("range").asLong() <= 3);
  }

  @Test
  void partsNoneCountsTheSameRowsWithNoDispersion() throws IOException {
    for (String by : List.of("none", "year", "source")) {
      JsonNode withParts = json("freq", "--top", "15", "--by", by, "--parts", "article");
      JsonNode without = json("freq", "--top", "15", "--by", by, "--parts", "none");
      assertEquals("none", without.get("meta").get("options").get("parts").asText());
      JsonNode tablesWith = withParts.get("tables");
      JsonNode tablesWithout = without.get("tables");
      assertEquals(tablesWith.size(), tablesWithout.size(), by);
      assertTrue(tablesWith.size() > 0, by);
      for (int t = 0; t < tablesWith.size(); t++) {
        JsonNode rowsWith = tablesWith.get(t).get("rows");
        JsonNode rowsWithout = tablesWithout.get(t).get("rows");
        assertEquals(rowsWith.size(), rowsWithout.size(), by);
        assertTrue(rowsWith.size() > 0, by);
        for (int r = 0; r < rowsWith.size(); r++) {
          ObjectNode expected = ((ObjectNode) rowsWith.get(r)).deepCopy();
          assertTrue(expected.get("dispersion").isObject(), "article parts give dispersion");
          JsonNode row = rowsWithout.get(r);
          assertTrue(row.has("dispersion") && row.get("dispersion").isNull(), row.toString());
          // Term, count, documents, per million and forms: the same, in the same order.
          expected.putNull("dispersion");
          assertEquals(expected, row, by);
        }
        ObjectNode tableWith = ((ObjectNode) tablesWith.get(t)).deepCopy();
        ObjectNode tableWithout = ((ObjectNode) tablesWithout.get(t)).deepCopy();
        tableWith.remove("rows");
        tableWithout.remove("rows");
        assertEquals(tableWith, tableWithout, by);
      }
    }
  }

  @Test
  void partsNoneLeavesTheDispersionColumnsEmpty() {
    List<String> csv =
        CliChecks.lines(
            CliChecks.runOn(index, "freq", "--top", "5", "--parts", "none", "--format", "csv")
                .out());
    assertEquals(
        "period,source,term,count,documents,per_million,period_documents,period_tokens,forms,"
            + "parts,range,dp,dp_norm,juilland_d",
        csv.get(0));
    assertEquals(6, csv.size(), csv.toString());
    for (String line : csv.subList(1, csv.size())) {
      assertTrue(line.endsWith(",,,,,,"), line); // forms (none here) and the five figures
    }
    // The terminal shows what it shows for word sequences: an empty (-) dp_norm column.
    List<String> table =
        CliChecks.lines(CliChecks.runOn(index, "freq", "--top", "5", "--parts", "none").out());
    assertTrue(table.get(1).endsWith("dp_norm"), table.get(1));
    for (String line : table.subList(2, 7)) {
      assertTrue(line.endsWith("  -"), line);
    }
  }

  @Test
  void anUnknownPartIsAUsageError() {
    CliRunner.Run run = CliChecks.runOn(index, "freq", "--parts", "decade");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertTrue(run.err().contains("expected article, year, month, source or none"), run.err());
  }

  @Test
  void compareRowsHaveEachSetsDispersion() throws IOException {
    Map<String, String> dates = new HashMap<>();
    for (JsonNode doc : json("docs").get("documents")) {
      dates.put(doc.get("id").asText(), doc.get("date").asText());
    }
    JsonNode rows =
        json("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01", "--top", "5").get("rows");
    assertTrue(rows.size() > 0);
    for (JsonNode row : rows) {
      String word = row.get("term").asText();
      long inA = 0;
      long inB = 0;
      for (Map.Entry<String, Long> article : countsOf(word).entrySet()) {
        String date = dates.get(article.getKey());
        if (article.getValue() == 0 || date.equals("null")) {
          continue;
        }
        inA += date.compareTo("2023-06-30") <= 0 ? 1 : 0;
        inB += date.compareTo("2023-07-01") >= 0 ? 1 : 0;
      }
      assertEquals(inA, row.get("a_dispersion").get("range").asLong(), word);
      assertEquals(inB, row.get("b_dispersion").get("range").asLong(), word);
    }
  }
}

package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code freq --ngram} from 2 to 5 words, and {@code trend} of the same phrases agreeing. */
class NgramCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static String index;

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    CliChecks.indexBundledCorpus(Path.of(index));
  }

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliRunner.Run run = CliChecks.runOn(index, all.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  @ParameterizedTest(name = "--ngram {0}")
  @ValueSource(ints = {4, 5})
  void freqCountsSequencesOfFourAndFiveWords(int n) throws Exception {
    JsonNode rows = json("freq", "--ngram", Integer.toString(n), "--top", "0").get("tables");

    JsonNode first = rows.get(0).get("rows");
    assertFalse(first.isEmpty());
    for (JsonNode row : first) {
      assertEquals(n, row.get("term").asText().split(" ").length, row.toString());
    }
  }

  @Test
  void helpSaysTwoToFiveWords() {
    CliRunner.Run run = new CliRunner().run("freq", "--help");

    assertTrue(run.out().contains("2 to 5 for word sequences"), run.out());
  }

  @ParameterizedTest(name = "--ngram {0}")
  @ValueSource(ints = {2, 3})
  void trendOfAPhraseAgreesWithFreqPeriodByPeriod(int n) throws Exception {
    JsonNode freq = json("freq", "--ngram", Integer.toString(n), "--by", "year", "--top", "0");
    // period -> phrase -> "count documents"
    Map<String, Map<String, String>> counted = new TreeMap<>();
    Set<String> phrases = new LinkedHashSet<>();
    for (JsonNode table : freq.get("tables")) {
      Map<String, String> rows = new TreeMap<>();
      for (JsonNode row : table.get("rows")) {
        rows.put(row.get("term").asText(), row.get("count") + " " + row.get("documents"));
        if (phrases.size() < 25) {
          phrases.add(row.get("term").asText());
        }
      }
      counted.put(table.get("period").asText(), rows);
    }
    List<String> args = new ArrayList<>(List.of("trend", "--by", "year"));
    args.addAll(phrases);
    for (JsonNode series : json(args.toArray(String[]::new)).get("series")) {
      String phrase = series.get("term").asText();
      long inFreq =
          counted.values().stream()
              .filter(rows -> rows.containsKey(phrase))
              .mapToLong(rows -> Long.parseLong(rows.get(phrase).split(" ")[0]))
              .sum();
      long inTrend = 0;
      for (JsonNode point : series.get("points")) {
        inTrend += point.get("count").asLong();
        if (point.get("count").asLong() == 0) {
          continue;
        }
        String period = point.get("period").asText();
        assertEquals(
            counted.getOrDefault(period, Map.of()).get(phrase),
            point.get("count") + " " + point.get("documents"),
            phrase + " in " + period);
      }
      assertEquals(inFreq, inTrend, phrase);
    }
  }
}

package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collocates of a planted node, every count recomputed here from the files' words: O, W, the node
 * and collocate frequencies and N, then E, MI and logDice by their formulas (the measures
 * themselves are checked against published values in {@code AssociationTest}).
 */
class CollocatesCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Dated by their names, so every word of a file is its text. */
  private static final Map<String, String> FILES =
      Map.of(
          "2022-03-01_a.txt",
          "Sanctions against the bank were widened. New sanctions hit the bank and the oil trade."
              + " Oil sanctions sanctions remain.",
          "2022-09-01_b.txt",
          "The bank said sanctions on oil cost it dearly, and Li Qiang met the bank's chief.",
          "2023-05-01_c.txt",
          "Chips and sanctions: export sanctions on chips grew as Li Qiang spoke of chips.",
          "2023-11-01_d.txt",
          "Nothing here mentions the node at all, only trade, chips and oil.");

  @TempDir static Path temp;
  static String index;

  @BeforeAll
  static void indexThem() throws IOException {
    Path folder = temp.resolve("news");
    Files.createDirectories(folder);
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue() + "\n");
    }
    index = temp.resolve("index").toString();
    CliRunner.Run run = new CliRunner().run("index", folder.toString(), "--index", index);
    assertEquals(0, run.exitCode(), run.err());
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--format");
    all.add("json");
    CliRunner.Run run = CliChecks.runOn(index, all.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  /** The words of a text as the standard analysis has them: lower case, 's dropped. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
      word = word.replaceAll("'s$", "").replace("'", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** What the windows hold, counted from the words; {@code node} is one or more words. */
  private record Expected(
      long nodeFrequency, long windowTokens, long corpusTokens, Map<String, Long> observed) {}

  private static Expected expected(List<String> fileNames, List<String> node, int left, int right) {
    long nodes = 0;
    long window = 0;
    long corpus = 0;
    Map<String, Long> observed = new HashMap<>();
    for (String name : fileNames) {
      List<String> words = words(FILES.get(name));
      corpus += words.size();
      boolean[] isNode = new boolean[words.size()];
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i + node.size() <= words.size(); i++) {
        if (words.subList(i, i + node.size()).equals(node)) {
          starts.add(i);
          Arrays.fill(isNode, i, i + node.size(), true);
        }
      }
      for (int start : starts) {
        nodes++;
        int end = start + node.size() - 1;
        for (int p = Math.max(0, start - left); p <= Math.min(words.size() - 1, end + right); p++) {
          if (p >= start && p <= end || isNode[p]) {
            continue;
          }
          window++;
          observed.merge(words.get(p), 1L, Long::sum);
        }
      }
    }
    return new Expected(nodes, window, corpus, observed);
  }

  private static long frequency(List<String> fileNames, String word) {
    return fileNames.stream()
        .mapToLong(name -> words(FILES.get(name)).stream().filter(word::equals).count())
        .sum();
  }

  private static void assertTable(
      JsonNode table, List<String> fileNames, List<String> node, int left, int right) {
    Expected expected = expected(fileNames, node, left, right);
    assertEquals(expected.nodeFrequency(), table.get("node_frequency").asLong());
    assertEquals(expected.windowTokens(), table.get("window_tokens").asLong());
    assertEquals(expected.corpusTokens(), table.get("corpus_tokens").asLong());
    Map<String, Long> shown = new HashMap<>();
    for (JsonNode row : table.get("rows")) {
      String collocate = row.get("collocate").asText();
      long o = row.get("observed").asLong();
      shown.put(collocate, o);
      long f = frequency(fileNames, collocate);
      assertEquals(f, row.get("collocate_frequency").asLong(), collocate);
      // A word in the windows of two nearby occurrences counts for each: the table takes at least
      // O.
      double e = (double) Math.max(f, o) * expected.windowTokens() / expected.corpusTokens();
      assertEquals(e, row.get("expected").asDouble(), 1e-9, collocate);
      assertEquals(Math.log(o / e) / Math.log(2), row.get("mi").asDouble(), 1e-9, collocate);
      assertEquals(
          14 + Math.log(2.0 * o / (expected.nodeFrequency() + Math.max(f, o))) / Math.log(2),
          row.get("log_dice").asDouble(),
          1e-9,
          collocate);
    }
    assertEquals(expected.observed(), shown, "every collocate, each observed as counted");
  }

  @Test
  void windowsAreCountedAsCqpwebCountsThem() throws IOException {
    JsonNode table =
        json("collocates", "sanctions", "--window", "2,3", "--min-count", "1", "--top", "0")
            .get("tables")
            .get(0);
    assertTable(table, new ArrayList<>(FILES.keySet()), List.of("sanctions"), 2, 3);
    // "sanctions sanctions": neither occurrence is the other's collocate.
    for (JsonNode row : table.get("rows")) {
      assertTrue(!row.get("collocate").asText().equals("sanctions"), row.toString());
    }
  }

  @Test
  void windowsWhoseWordsAllFallUnderTheFloorSaySoOnStderr() {
    // "qiang": twice, 10 window tokens, no word near it five times.
    Expected windows = expected(new ArrayList<>(FILES.keySet()), List.of("qiang"), 5, 5);
    assertTrue(windows.observed().values().stream().allMatch(count -> count < 5));
    CliRunner.Run floored = CliChecks.runOn(index, "collocates", "qiang");
    assertEquals(0, floored.exitCode(), floored.err());
    assertTrue(
        floored
            .err()
            .contains(
                "no word is seen 5 times or more near 'qiang' ("
                    + windows.windowTokens()
                    + " window tokens); a lower --min-count shows them"),
        floored.err());
    CliRunner.Run shown = CliChecks.runOn(index, "collocates", "qiang", "--min-count", "1");
    assertEquals(0, shown.exitCode(), shown.err());
    assertTrue(!shown.err().contains("--min-count"), shown.err());
    // A word no article has: no windows, nothing hidden, no note (the table says 0 times).
    CliRunner.Run absent = CliChecks.runOn(index, "collocates", "sanctons");
    assertTrue(!absent.err().contains("--min-count"), absent.err());
  }

  @Test
  void aPhraseIsOneOccurrenceAndItsWordsAreNoCollocates() throws IOException {
    JsonNode table =
        json("collocates", "li", "qiang", "--window", "2,2", "--min-count", "1", "--top", "0")
            .get("tables")
            .get(0);
    assertTable(table, new ArrayList<>(FILES.keySet()), List.of("li", "qiang"), 2, 2);
    assertEquals(2, table.get("node_frequency").asLong());
  }

  @Test
  void perYearEachPeriodIsItsOwnCorpus() throws IOException {
    JsonNode tables =
        json("collocates", "sanctions", "--by", "year", "--min-count", "1", "--top", "0")
            .get("tables");
    assertEquals(2, tables.size());
    assertEquals("2022", tables.get(0).get("period").asText());
    assertTable(
        tables.get(0), List.of("2022-03-01_a.txt", "2022-09-01_b.txt"), List.of("sanctions"), 5, 5);
    assertTable(
        tables.get(1), List.of("2023-05-01_c.txt", "2023-11-01_d.txt"), List.of("sanctions"), 5, 5);
    // The company changed: oil in 2022, chips in 2023.
    assertTrue(tables.get(0).get("rows").toString().contains("\"oil\""));
    assertTrue(tables.get(1).get("rows").toString().contains("\"chips\""));
    assertTrue(!tables.get(1).get("rows").toString().contains("\"oil\""));
  }

  @Test
  void rowsAreRankedByTheMeasureAsked() throws IOException {
    JsonNode rows =
        json("collocates", "sanctions", "--min-count", "1", "--top", "0", "--sort", "log_dice")
            .get("tables")
            .get(0)
            .get("rows");
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(
          rows.get(i - 1).get("log_dice").asDouble() >= rows.get(i).get("log_dice").asDouble());
    }
  }

  private static final String[] YEARS = {
    "--a-from",
    "2022-01-01",
    "--a-to",
    "2022-12-31",
    "--b-from",
    "2023-01-01",
    "--b-to",
    "2023-12-31"
  };

  private static JsonNode compared(String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("collocates", "sanctions"));
    args.addAll(List.of(YEARS));
    args.addAll(List.of(more));
    return json(args.toArray(String[]::new));
  }

  /** Each collocate's observed count in one table, by collocate. */
  private static Map<String, Long> observed(JsonNode table) {
    Map<String, Long> observed = new HashMap<>();
    table
        .get("rows")
        .forEach(row -> observed.put(row.get("collocate").asText(), row.get("observed").asLong()));
    return observed;
  }

  /** Rayson and Garside's G², written out here: a of c tokens against b of d. */
  private static double g2(long a, long b, long c, long d) {
    double e1 = c * (double) (a + b) / (c + d);
    double e2 = d * (double) (a + b) / (c + d);
    return 2 * ((a == 0 ? 0 : a * Math.log(a / e1)) + (b == 0 ? 0 : b * Math.log(b / e2)));
  }

  @Test
  void betweenTwoYearsChipsGainedAndOilAndBankLost() throws IOException {
    JsonNode years =
        json("collocates", "sanctions", "--by", "year", "--min-count", "1", "--top", "0")
            .get("tables");
    Map<String, Long> in2022 = observed(years.get(0));
    Map<String, Long> in2023 = observed(years.get(1));
    long w2022 = years.get(0).get("window_tokens").asLong();
    long w2023 = years.get(1).get("window_tokens").asLong();
    JsonNode comparison = compared("--min-count", "1", "--top", "0", "--sort", "log_dice");
    assertEquals(w2022, comparison.get("a").get("window_tokens").asLong());
    assertEquals(w2023, comparison.get("b").get("window_tokens").asLong());
    assertEquals("log_dice", comparison.get("sort").asText());
    Map<String, String> listOf = new HashMap<>();
    for (String list : List.of("gained", "lost")) {
      JsonNode rows = comparison.get(list);
      for (int i = 0; i < rows.size(); i++) {
        JsonNode row = rows.get(i);
        String collocate = row.get("collocate").asText();
        listOf.put(collocate, list);
        long a = row.get("a_observed").asLong();
        long b = row.get("b_observed").asLong();
        assertEquals(in2022.getOrDefault(collocate, 0L), a, collocate);
        assertEquals(in2023.getOrDefault(collocate, 0L), b, collocate);
        assertEquals(g2(b, a, w2023, w2022), row.get("log_likelihood").asDouble(), 1e-9, collocate);
        double ratio =
            Math.log(((b == 0 ? 0.5 : b) / (double) w2023) / ((a == 0 ? 0.5 : a) / (double) w2022))
                / Math.log(2);
        assertEquals(ratio, row.get("log_ratio").asDouble(), 1e-9, collocate);
        assertTrue(list.equals("gained") ? ratio > 0 : ratio < 0, collocate);
        // Each set's measure is its per-year table's, and the change is B minus A.
        if (a > 0 && b > 0) {
          assertEquals(
              row.get("b_score").asDouble() - row.get("a_score").asDouble(),
              row.get("score_change").asDouble(),
              1e-9);
          assertEquals(row.get("a").get("log_dice").asDouble(), row.get("a_score").asDouble(), 0);
        } else {
          assertTrue(row.get("score_change").isNull(), row.toString());
          assertTrue(row.get(a == 0 ? "a" : "b").isNull(), row.toString());
        }
        if (i > 0) {
          assertTrue(
              rows.get(i - 1).get("log_likelihood").asDouble()
                  >= row.get("log_likelihood").asDouble(),
              "by G², highest first");
        }
      }
    }
    Map<String, Long> either = new HashMap<>(in2022);
    in2023.forEach((word, count) -> either.merge(word, count, Long::sum));
    assertEquals(either.keySet(), listOf.keySet(), "every collocate of either year, in one list");
    assertEquals("gained", listOf.get("chips"));
    assertEquals("lost", listOf.get("oil"));
    assertEquals("lost", listOf.get("bank"));
  }

  @Test
  void theFloorIsOnBothSetsTogetherAndTopCutsEachList() throws IOException {
    JsonNode comparison = compared("--min-count", "3", "--top", "1");
    assertTrue(comparison.get("gained").size() <= 1);
    assertTrue(comparison.get("lost").size() <= 1);
    for (String list : List.of("gained", "lost")) {
      for (JsonNode row : comparison.get(list)) {
        assertTrue(row.get("a_observed").asLong() + row.get("b_observed").asLong() >= 3);
      }
    }
  }

  @Test
  void comparisonOptionsOutOfPlaceAreUsageErrors() {
    for (String[] args :
        List.of(
            new String[] {"collocates", "oil", "--a-to", "2022-12-31"},
            new String[] {"collocates", "oil", "--b-from", "2023-01-01"},
            new String[] {
              "collocates", "oil", "--a-to", "2022-12-31", "--b-from", "2023-01-01", "--by", "year"
            },
            new String[] {
              "collocates",
              "oil",
              "--a-to",
              "2022-12-31",
              "--b-from",
              "2023-01-01",
              "--from",
              "2022-01-01"
            },
            new String[] {"collocates", "oil", "--a-query", "bank", "--b-query", "bank"},
            new String[] {
              "collocates",
              "oil",
              "--a-from",
              "2023-01-01",
              "--a-to",
              "2022-01-01",
              "--b-query",
              "bank"
            })) {
      CliRunner.Run run = CliChecks.runOn(index, args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().startsWith("error: "), run.err());
      CliChecks.assertNoStackTrace(run.err());
    }
    CliRunner.Run onlyA = CliChecks.runOn(index, "collocates", "oil", "--a-to", "2022-12-31");
    assertTrue(onlyA.err().contains("need set B too"), onlyA.err());
  }

  @Test
  void aBadWindowOrMeasureIsAUsageError() {
    for (String[] args :
        List.of(
            new String[] {"collocates", "oil", "--window", "5;5"},
            new String[] {"collocates", "oil", "--window", "0,0"},
            new String[] {"collocates", "oil", "--sort", "dice"},
            new String[] {"collocates", "russ*"})) {
      CliRunner.Run run = CliChecks.runOn(index, args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().startsWith("error: "), run.err());
      CliChecks.assertNoStackTrace(run.err());
    }
  }
}

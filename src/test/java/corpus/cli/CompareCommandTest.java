package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corpus compare} on the bundled sample: 2022–mid 2023 (003, 002) against later (001, 000).
 */
class CompareCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CliRunner CLI = new CliRunner();

  @TempDir static Path temp;
  private static String index;

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    assertEquals(0, CLI.run("index", "corpus", "--index", index).exitCode());
  }

  @Test
  void jsonRowsAreSortedByLogLikelihoodWithTheirSetsTotals() throws Exception {
    CliRunner.Run run =
        CLI.run(
            "compare",
            "--a-to",
            "2023-06-30",
            "--b-from",
            "2023-07-01",
            "--format",
            "json",
            "--index",
            index);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode result = JSON.readTree(run.out());
    assertEquals(2, result.get("a_documents").asLong());
    assertEquals(2, result.get("b_documents").asLong());
    JsonNode rows = result.get("rows");
    assertTrue(rows.size() > 0 && rows.size() <= 25);
    for (String field :
        List.of(
            "term",
            "a_count",
            "b_count",
            "a_per_million",
            "b_per_million",
            "log_likelihood",
            "log_ratio")) {
      assertTrue(rows.get(0).has(field), field);
    }
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(
          rows.get(i - 1).get("log_likelihood").asDouble()
              >= rows.get(i).get("log_likelihood").asDouble());
      assertTrue(
          rows.get(i).get("a_count").asLong() + rows.get(i).get("b_count").asLong() >= 5,
          "default --min-count 5");
    }
  }

  @Test
  void mistakesAreUsageErrors() {
    CliRunner.Run same = CLI.run("compare", "--index", index);
    assertEquals(2, same.exitCode());
    assertTrue(same.err().startsWith("error: the two sets are the same"), same.err());
    CliRunner.Run backwards =
        CLI.run(
            "compare",
            "--a-from",
            "2024-01-01",
            "--a-to",
            "2023-01-01",
            "--b-query",
            "putin",
            "--index",
            index);
    assertEquals(2, backwards.exitCode());
    assertTrue(
        backwards.err().startsWith("error: --a-from 2024-01-01 is after --a-to 2023-01-01"),
        backwards.err());
    assertEquals(
        2,
        CLI.run("compare", "--a-query", "(putin", "--b-query", "xi", "--index", index).exitCode());
    assertEquals(
        2,
        CLI.run("compare", "--a-query", "putin", "--b-query", "xi", "--top", "-1", "--index", index)
            .exitCode());
  }

  @Test
  void ngramOutsideOneToFiveIsAUsageErrorAsInFreq() {
    for (String n : List.of("7", "0")) {
      CliRunner.Run compare =
          CLI.run(
              "compare",
              "--a-to",
              "2023-06-30",
              "--b-from",
              "2023-07-01",
              "--ngram",
              n,
              "--index",
              index);
      CliRunner.Run freq = CLI.run("freq", "--ngram", n, "--index", index);

      assertEquals(2, compare.exitCode(), compare.err());
      assertEquals("", compare.out());
      CliChecks.assertNoStackTrace(compare.err());
      List<String> lines = CliChecks.lines(compare.err());
      assertEquals("error: --ngram must be 1 to 5, not " + n, lines.get(0));
      assertEquals(
          1, lines.stream().filter(line -> line.startsWith("error")).count(), compare.err());
      assertTrue(lines.get(1).startsWith("Usage: corpus compare ["), compare.err());
      assertEquals(CliChecks.lines(freq.err()).get(0), lines.get(0), "the same words as freq");
    }
  }

  @Test
  void ngramRowsAreSequencesWithTheCountsOfFreqInEachSetAndNoFormsOrDispersion() throws Exception {
    CliRunner.Run run =
        CLI.run(
            "compare",
            "--a-to",
            "2023-06-30",
            "--b-from",
            "2023-07-01",
            "--ngram",
            "2",
            "--top",
            "0",
            "--min-count",
            "1",
            "--format",
            "json",
            "--index",
            index);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode result = JSON.readTree(run.out());
    assertEquals(2, result.get("meta").get("options").get("ngram").asInt());
    Map<String, Long> inA = freqCounts("--to", "2023-06-30");
    Map<String, Long> inB = freqCounts("--from", "2023-07-01");
    JsonNode rows = result.get("rows");
    assertTrue(rows.size() > 0);
    Set<String> terms = new TreeSet<>();
    for (JsonNode row : rows) {
      for (String field :
          List.of(
              "term",
              "a_count",
              "b_count",
              "a_per_million",
              "b_per_million",
              "log_likelihood",
              "log_ratio",
              "forms",
              "a_dispersion",
              "b_dispersion")) {
        assertTrue(row.has(field), field + " in " + row);
      }
      String term = row.get("term").asText();
      assertEquals(2, term.split(" ").length, term);
      assertEquals(inA.getOrDefault(term, 0L), row.get("a_count").asLong(), term);
      assertEquals(inB.getOrDefault(term, 0L), row.get("b_count").asLong(), term);
      assertTrue(row.get("forms").isArray() && row.get("forms").isEmpty(), row.toString());
      assertTrue(row.get("a_dispersion").isNull(), row.toString());
      assertTrue(row.get("b_dispersion").isNull(), row.toString());
      terms.add(term);
    }
    Set<String> inEither = new TreeSet<>(inA.keySet());
    inEither.addAll(inB.keySet());
    assertEquals(inEither, terms);
    // The bundled sample: "vladimir putin" once before July 2023, three times after.
    assertEquals(1, inA.get("vladimir putin"));
    assertEquals(3, inB.get("vladimir putin"));
  }

  /** freq --ngram 2's count of every sequence in the articles the options select. */
  private static Map<String, Long> freqCounts(String... options) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("freq", "--ngram", "2", "--top", "0", "--format", "json"));
    args.addAll(List.of(options));
    args.addAll(List.of("--index", index));
    CliRunner.Run run = CLI.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    Map<String, Long> counts = new TreeMap<>();
    for (JsonNode row : JSON.readTree(run.out()).get("tables").get(0).get("rows")) {
      counts.put(row.get("term").asText(), row.get("count").asLong());
    }
    return counts;
  }
}

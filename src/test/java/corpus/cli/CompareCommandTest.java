package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
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
}

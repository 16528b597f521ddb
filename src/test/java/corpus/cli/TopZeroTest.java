package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --top 0} is every row, as {@code --limit 0} is every hit. */
class TopZeroTest {
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

  @Test
  void freqTopZeroListsEveryDistinctTerm() throws Exception {
    long distinct = json("stats").get("distinct_terms").asLong();

    JsonNode table = json("freq", "--top", "0", "--keep-stopwords").get("tables").get(0);

    assertEquals(distinct, table.get("rows").size(), "every term the index holds, once");
  }

  @Test
  void freqTopZeroByPeriodListsEveryTermOfEachPeriod() throws Exception {
    JsonNode all = json("freq", "--top", "0", "--by", "year", "--keep-stopwords");
    JsonNode some = json("freq", "--top", "5", "--by", "year", "--keep-stopwords");

    for (int t = 0; t < all.get("tables").size(); t++) {
      JsonNode rows = all.get("tables").get(t).get("rows");
      long tokens = all.get("tables").get(t).get("tokens").asLong();
      long counted = 0;
      for (JsonNode row : rows) {
        counted += row.get("count").asLong();
      }
      assertEquals(tokens, counted, "every token of the period is in some row");
      assertTrue(rows.size() > some.get("tables").get(t).get("rows").size());
    }
  }

  @Test
  void compareTopZeroKeepsEveryWordOverTheMinimumCount() throws Exception {
    JsonNode all = json("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01", "--top", "0");
    JsonNode top =
        json("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01", "--top", "1000000");

    assertEquals(top.get("rows"), all.get("rows"));
    assertTrue(all.get("rows").size() > 25, "more than the default 25 rows");
  }
}

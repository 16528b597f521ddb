package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code corpus trend} on the bundled sample. By hand: "putin" is in 000 (2024-08-22) twice, 001
 * (2023-12-18) four times, 003 (2022-09-17) twice and the undated 004 five times; 002 (2023-05-24)
 * has none.
 */
class TrendCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static String index;

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    assertEquals(0, new CliRunner().run("index", "corpus", "--index", index).exitCode());
  }

  private static CliRunner.Run run(CliRunner cli, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = index;
    return cli.run(all);
  }

  @Test
  void everyMonthFromTheFirstArticleToTheLastAsJson() throws Exception {
    CliRunner.Run run = run(new CliRunner(), "trend", "putin", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode series = JSON.readTree(run.out()).get("series").get(0);
    assertEquals("putin", series.get("term").asText());
    assertEquals(8, series.get("total").asLong());
    assertEquals(5, series.get("undated_count").asLong());
    JsonNode points = series.get("points");
    assertEquals(24, points.size(), "2022-09 to 2024-08");
    assertEquals("2022-09", points.get(0).get("period").asText());
    assertEquals(2, points.get(0).get("count").asLong());
    assertEquals("2023-05", points.get(8).get("period").asText());
    assertEquals(0, points.get(8).get("count").asLong());
    assertEquals(
        1, points.get(8).get("period_documents").asLong(), "002 is in May 2023, without putin");
    assertEquals(4, points.get(15).get("count").asLong(), "2023-12");
    assertEquals(2, points.get(23).get("count").asLong(), "2024-08");
    for (String field : List.of("documents", "period_tokens", "per_million")) {
      assertTrue(points.get(0).has(field), field);
    }
    JsonNode test = series.get("trend_test");
    assertEquals(4, test.get("periods").asInt(), "four months have articles");
    assertTrue(test.get("method").asText().startsWith("Mann-Kendall"));
    assertTrue(test.has("p_value") && test.has("slope_per_period") && test.has("tau"));
  }

  @Test
  void csvHasOneRowPerSeriesAndPeriod() {
    CliRunner.Run run =
        run(new CliRunner(), "trend", "putin", "china", "--by", "year", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "term,source,period,count,documents,period_documents,period_tokens,per_million",
        lines.get(0));
    assertEquals(1 + 2 * 3, lines.size());
    assertTrue(lines.get(1).startsWith("putin,,2022,2,1,1,"), lines.get(1));
    assertFalse(
        run.out().contains("▁") || run.out().contains("_.-"), "no sparkline outside the table");
  }

  @Test
  void theTableDrawsASparklineInBlocksOnAUtf8TerminalElseInAscii() {
    String unicode =
        run(new CliRunner().variable("LANG", "en_GB.UTF-8"), "trend", "putin", "--by", "year")
            .out();
    String ascii =
        run(new CliRunner().variable("LANG", "C"), "trend", "putin", "--by", "year").out();
    String heading = "putin: 8 in 3 years (5 more undated)  ";
    // Per million: 4504.5, 5215.1, 5865.1 of a maximum 5865.1 -> levels 5, 6, 7 of 0-7.
    assertTrue(unicode.startsWith(heading + "▆▇█  no trend test: 3 period(s)"), unicode);
    assertTrue(ascii.startsWith(heading + "+*#  no trend test"), ascii);
  }

  @Test
  void plotWritesTheChartBesideTheTable() throws Exception {
    Path png = temp.resolve("putin.png");
    CliRunner.Run run =
        run(new CliRunner(), "trend", "putin", "--by", "quarter", "--plot", png.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("putin: 8 in 9 quarters"), run.out());
    assertEquals("note: chart written to " + png, run.err().strip());
    assertTrue(java.nio.file.Files.size(png) > 10_000);
    CliRunner.Run gif =
        run(new CliRunner(), "trend", "putin", "--plot", temp.resolve("putin.gif").toString());
    assertEquals(2, gif.exitCode());
    assertTrue(gif.err().startsWith("error: the chart file must end in .png or .svg"), gif.err());
  }

  @Test
  void mistakesAreUsageErrors() {
    CliRunner cli = new CliRunner();
    CliRunner.Run none = run(cli, "trend", "putin", "--by", "none");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().startsWith("error: --by must be a period"), none.err());
    CliRunner.Run wordless = run(cli, "trend", "putin", "...");
    assertEquals(2, wordless.exitCode());
    assertEquals(
        "error: '...' has no words to count", wordless.err().lines().findFirst().orElseThrow());
    assertEquals(2, run(cli, "trend", "putin", "--query", "(putin").exitCode());
    assertEquals(2, run(cli, "trend").exitCode());
  }

  /** Query syntax in a series would be counted as literal words: a silent zero. Refused. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "russ*",
        "put?n",
        "putin OR xi",
        "putin AND xi",
        "NOT putin",
        "-putin",
        "\"li qiang",
        "title:putin",
        "(putin)",
        "putin~2",
        "putin^2",
        "/put.n/"
      })
  void querySyntaxInASeriesIsAUsageErrorNotAZero(String term) {
    CliRunner.Run run = new CliRunner().run("trend", "--by", "year", "--index", index, "--", term);

    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    String line = CliChecks.assertOneErrorLine(run);
    assertTrue(line.contains("quote") || line.contains("query syntax"), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"li qiang", "\"li qiang\"", "Li Qiang", "China-Russia", "putin's"})
  void wordsAndPhrasesAsWrittenAreStillCounted(String term) throws Exception {
    CliRunner.Run run = run(new CliRunner(), "trend", "--by", "year", "--format", "json", term);

    assertEquals(0, run.exitCode(), run.err());
    JsonNode series = JSON.readTree(run.out()).get("series").get(0);
    // China-Russia is only in the undated 004.
    assertTrue(series.get("total").asLong() + series.get("undated_count").asLong() > 0, term);
  }

  @Test
  void metaKeepsEachTermWhole() throws Exception {
    JsonNode phrase =
        JSON.readTree(run(new CliRunner(), "trend", "putin", "li qiang", "--format", "json").out());
    JsonNode words =
        JSON.readTree(
            run(new CliRunner(), "trend", "putin", "li", "qiang", "--format", "json").out());

    assertEquals(
        List.of("putin", "li qiang"),
        JSON.convertValue(phrase.get("meta").get("options").get("term"), List.class));
    assertEquals(
        List.of("putin", "li", "qiang"),
        JSON.convertValue(words.get("meta").get("options").get("term"), List.class));
  }
}

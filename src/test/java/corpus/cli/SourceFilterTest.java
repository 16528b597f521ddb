package corpus.cli;

import static corpus.cli.CliChecks.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --source} narrows every question to the articles of some outlets, matched in any case; a
 * source no article has is a usage error, not an empty answer. The sample corpus has one TASS
 * article and one PRNewswire release, both named by their datelines.
 */
class SourceFilterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TASS_ARTICLE = "000_84b4a583cfa63b36.txt";

  @TempDir static Path temp;
  static String index;

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    CliChecks.indexBundledCorpus(Path.of(index));
  }

  private static JsonNode json(String... args) throws IOException {
    CliRunner.Run run = CliChecks.runOn(index, args);
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void searchAndDocsKeepOnlyTheNamedSourcesInAnyCase() throws IOException {
    JsonNode tass = json("search", "putin", "--source", "tass", "--format", "json");
    assertEquals(1, tass.get("total_hits").asInt());
    assertEquals(TASS_ARTICLE, tass.get("hits").get(0).get("id").asText());
    assertEquals("TASS", tass.get("hits").get(0).get("source").asText());

    JsonNode both =
        json("search", "putin", "--source", "TASS", "--source", "prnewswire", "--format", "json");
    assertEquals(2, both.get("total_hits").asInt());

    JsonNode docs = json("docs", "--source", "Tass", "--format", "json").get("documents");
    assertEquals(1, docs.size());
    assertEquals("dateline", docs.get(0).get("source_origin").asText());
  }

  @Test
  void freqOfOneSourceCountsThatSourcesTextOnly() throws IOException {
    JsonNode table =
        json("freq", "--source", "tass", "--top", "0", "--keep-stopwords", "--format", "json")
            .get("tables")
            .get(0);
    JsonNode docs = json("docs", "--source", "tass", "--format", "json").get("documents");
    assertEquals(docs.get(0).get("tokens").asLong(), table.get("tokens").asLong());

    // Counted independently: whole words in the file, less the date header's line start.
    String text = Files.readString(CliChecks.bundledCorpus().resolve(TASS_ARTICLE));
    Matcher russia = Pattern.compile("\\brussia\\b").matcher(text.toLowerCase(Locale.ROOT));
    long expected = 0;
    while (russia.find()) {
      expected++;
    }
    long counted = -1;
    for (JsonNode row : table.get("rows")) {
      if (row.get("term").asText().equals("russia")) {
        counted = row.get("count").asLong();
      }
    }
    assertEquals(expected, counted);
  }

  @Test
  void compareSetsTwoOutletsSideBySide() throws IOException {
    JsonNode compared =
        json(
            "compare",
            "--a-source",
            "TASS",
            "--b-source",
            "PRNewswire",
            "--min-count",
            "1",
            "--format",
            "json");
    assertEquals(1, compared.get("a_documents").asInt(), compared.toString());
    assertEquals(1, compared.get("b_documents").asInt(), compared.toString());
    JsonNode tass = json("docs", "--source", "tass", "--format", "json").get("documents");
    assertEquals(tass.get(0).get("tokens").asLong(), compared.get("a_tokens").asLong());
  }

  @Test
  void aSourceNoArticleHasIsAUsageErrorInEveryCommand() {
    for (String[] args :
        new String[][] {
          {"search", "putin", "--source", "tas"},
          {"kwic", "putin", "--source", "tas"},
          {"freq", "--source", "tas"},
          {"trend", "putin", "--source", "tas"},
          {"docs", "--source", "tas"},
          {"stats", "--source", "tas"},
          {"compare", "--a-source", "tas", "--b-source", "TASS"}
        }) {
      CliRunner.Run run = CliChecks.runOn(index, args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertEquals("", run.out());
      assertTrue(assertOneErrorLine(run).contains("'tas'"), run.err());
    }
  }

  @Test
  void freqBySourceHasOneTableForEachSourceWithItsOwnTotals() throws IOException {
    JsonNode result = json("freq", "--by", "source", "--top", "1", "--format", "json");
    JsonNode tables = result.get("tables");
    assertEquals(2, tables.size(), result.toString());
    JsonNode docs = json("docs", "--format", "json").get("documents");
    for (JsonNode table : tables) {
      String source = table.get("source").asText();
      long tokens = 0;
      long articles = 0;
      for (JsonNode doc : docs) {
        if (source.equals(doc.get("source").asText(null))) {
          tokens += doc.get("tokens").asLong();
          articles++;
        }
      }
      assertEquals(articles, table.get("documents").asLong(), source);
      assertEquals(tokens, table.get("tokens").asLong(), source);
    }
    assertEquals(3, result.get("without_source_documents").asInt());
  }

  @Test
  void trendSplitBySourceCountsEachSourcesOccurrences() throws IOException {
    JsonNode series =
        json("trend", "putin", "--by", "year", "--split", "source", "--format", "json")
            .get("series");
    assertEquals(2, series.size());
    for (JsonNode one : series) {
      String source = one.get("source").asText();
      long inItsArticles =
          json("kwic", "putin", "--source", source, "--limit", "0", "--format", "json")
              .get("total_matches")
              .asLong();
      assertEquals(inItsArticles, one.get("total").asLong(), source);
      assertEquals(3, one.get("points").size(), "every source spans the same years");
    }
    // Counted independently in the TASS article's text.
    String text = Files.readString(CliChecks.bundledCorpus().resolve(TASS_ARTICLE));
    long putin = Pattern.compile("\\bPutin\\b").matcher(text).results().count();
    assertEquals(putin, series.get(1).get("total").asLong());
  }

  @Test
  void theSameSourceInAnotherCaseIsNotASecondSet() {
    CliRunner.Run run =
        CliChecks.runOn(index, "compare", "--a-source", "TASS", "--b-source", "tass");

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("error: the two sets are the same"), run.err());
  }

  @Test
  void aWrongSplitNamesTheOneThereIs() {
    CliRunner.Run run = CliChecks.runOn(index, "trend", "putin", "--split", "outlet");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("expected source, not 'outlet'"), run.err());
  }

  @Test
  void statsOfOneSourceCountOnlyItsArticles() throws IOException {
    JsonNode stats = json("stats", "--source", "TASS", "--format", "json");
    JsonNode doc = json("docs", "--source", "tass", "--format", "json").get("documents").get(0);

    assertEquals(1, stats.get("documents").asInt());
    assertEquals(doc.get("tokens").asLong(), stats.get("tokens").asLong());
    assertEquals(doc.get("date").asText(), stats.get("first_date").asText());
    // Its distinct terms, counted another way: freq's rows over the same article, every word kept.
    JsonNode rows =
        json("freq", "--source", "tass", "--top", "0", "--keep-stopwords", "--format", "json")
            .get("tables")
            .get(0)
            .get("rows");
    assertEquals(rows.size(), stats.get("distinct_terms").asInt());
  }

  @Test
  void splittingBySourceWhereNoArticleHasOneIsAnErrorNotAnEmptyAnswer() {
    // The undated article has no source; a query that selects only it leaves nothing to split.
    CliRunner.Run run =
        CliChecks.runOn(
            index, "trend", "putin", "--split", "source", "--query", "wang AND ukraine");

    assertEquals(2, run.exitCode(), run.err() + run.out());
    assertEquals("", run.out());
    assertTrue(assertOneErrorLine(run).contains("nothing to split by"), run.err());
  }
}

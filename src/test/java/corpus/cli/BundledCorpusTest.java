package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample corpus, through the command line as a user runs it. Counts checked by hand:
 * "putin" occurs 13 times in 4 articles (000: 2, 001: 4, 003: 2, 004: 5).
 */
class BundledCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static String index;
  private static final CliRunner CLI = new CliRunner();

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    CliRunner.Run run = CLI.run("index", "corpus", "--index", index);
    assertEquals(0, run.exitCode(), run.err());
  }

  private static JsonNode json(String... args) throws Exception {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = index;
    all[args.length + 2] = "--format";
    all[args.length + 3] = "json";
    CliRunner.Run run = CLI.run(all);
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void searchFindsPutinInFourArticles() throws Exception {
    JsonNode result = json("search", "putin");
    assertEquals(4, result.get("total_hits").asInt());
    assertEquals(4, result.get("hits").size());
    for (JsonNode hit : result.get("hits")) {
      assertTrue(hit.get("snippet").asText().contains("<mark>Putin</mark>"), hit.toString());
    }
  }

  @Test
  void kwicShowsThirteenPutinLinesPerArticleAsCountedByHand() throws Exception {
    JsonNode result = json("kwic", "putin", "--limit", "0");
    assertEquals(13, result.get("total_matches").asInt());
    Map<String, Integer> perArticle = new HashMap<>();
    for (JsonNode line : result.get("lines")) {
      assertEquals("Putin", line.get("match").asText());
      perArticle.merge(line.get("id").asText(), 1, Integer::sum);
    }
    assertEquals(
        Map.of(
            "000_84b4a583cfa63b36.txt", 2,
            "001_ee88259147e164c6.txt", 4,
            "003_f8752eb3a4b8d1d5.txt", 2,
            "004_f60bba1b06e20418.txt", 5),
        perArticle);
  }

  @Test
  void freqCountsPutinThirteenTimesInFourArticles() throws Exception {
    JsonNode table = json("freq", "--top", "100").get("tables").get(0);
    JsonNode putin = null;
    for (JsonNode row : table.get("rows")) {
      if (row.get("term").asText().equals("putin")) {
        putin = row;
      }
    }
    assertEquals(13, putin.get("count").asInt());
    assertEquals(4, putin.get("documents").asInt());
    long tokens = table.get("tokens").asLong();
    assertEquals(Math.round(13e6 / tokens * 1e4) / 1e4, putin.get("per_million").asDouble(), 1e-9);
  }

  @Test
  void docsGivesEachSampleItsDateAndTheRuleThatFoundIt() throws Exception {
    Map<String, String> found = new HashMap<>();
    for (JsonNode doc : json("docs").get("documents")) {
      found.put(
          doc.get("id").asText(),
          doc.get("date").asText("null") + " " + doc.get("date_source").asText("null"));
    }
    assertEquals(
        Map.of(
            "000_84b4a583cfa63b36.txt", "2024-08-22 header",
            "001_ee88259147e164c6.txt", "2023-12-18 header",
            "002_c875a1d97ea579fb.txt", "2023-05-24 text",
            "003_f8752eb3a4b8d1d5.txt", "2022-09-17 dateline",
            "004_f60bba1b06e20418.txt", "null null"),
        found);
  }

  @Test
  void docsUndatedListsOnlyTheUndatedArticle() throws Exception {
    JsonNode documents = json("docs", "--undated").get("documents");
    assertEquals(1, documents.size());
    assertEquals("004_f60bba1b06e20418.txt", documents.get(0).get("id").asText());
  }

  @Test
  void theDateHeaderIsNotCountedAsAWord() throws Exception {
    JsonNode result = json("search", "date");
    // "date" occurs in no article text once the "date 2024-08-22" headers are removed.
    assertEquals(0, result.get("total_hits").asInt());
  }

  @Test
  void dateFiltersAreInclusiveAndLeaveUndatedArticlesOut() throws Exception {
    assertEquals(1, json("search", "putin", "--from", "2024-08-22").get("total_hits").asInt());
    assertEquals(1, json("search", "putin", "--to", "2022-09-17").get("total_hits").asInt());
    assertEquals(3, json("search", "putin", "--from", "2000-01-01").get("total_hits").asInt());
  }

  @Test
  void searchSortedByDateListsOldestFirstAndUndatedLast() throws Exception {
    JsonNode hits = json("search", "putin", "--sort", "date").get("hits");
    assertEquals("003_f8752eb3a4b8d1d5.txt", hits.get(0).get("id").asText());
    assertEquals("004_f60bba1b06e20418.txt", hits.get(3).get("id").asText());
    JsonNode newest = json("search", "putin", "--sort", "-date").get("hits");
    assertEquals("000_84b4a583cfa63b36.txt", newest.get(0).get("id").asText());
    assertEquals("004_f60bba1b06e20418.txt", newest.get(3).get("id").asText());
  }

  @Test
  void statsSummarisesTheSample() throws Exception {
    JsonNode stats = json("stats");
    assertEquals(5, stats.get("documents").asInt());
    assertEquals(4, stats.get("dated").asInt());
    assertEquals(1, stats.get("undated").asInt());
    assertEquals("2022-09-17", stats.get("first_date").asText());
    assertEquals("2024-08-22", stats.get("last_date").asText());
    assertEquals(2, stats.get("documents_per_year").get("2023").asInt());
  }

  @Test
  void everyJsonResultCarriesMeta() throws Exception {
    JsonNode meta = json("stats").get("meta");
    assertEquals("stats", meta.get("command").asText());
    assertEquals(5, meta.get("index").get("documents").asInt());
    assertTrue(meta.get("index").hasNonNull("updated_at"));
    assertTrue(meta.get("analyzer").asText().contains("StandardTokenizer"));
    assertEquals(index, meta.get("options").get("index").asText());
  }

  /** Runs the tool as a new process in {@code folder}, as a user in that folder would. */
  private static CliRunner.Run runIn(Path folder, Map<String, String> variables, String... args)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dcorpus.bundled=" + CliChecks.bundledCorpus(),
                "corpus.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().remove("CORPUS_INDEX");
    builder.environment().remove("CORPUS_DIR");
    builder.environment().putAll(variables);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new CliRunner.Run(process.waitFor(), out, err);
  }

  /** The README's first command: no index anywhere, so the default one is built from the sample. */
  @Test
  void aFirstQueryBuildsTheDefaultIndexFromTheDefaultCorpus() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("new-user"));

    CliRunner.Run run = runIn(folder, Map.of(), "search", "putin");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("note: no index at .corpus-index"), run.err());
    assertTrue(run.out().startsWith("4 hits"), run.out());
    assertTrue(Files.isDirectory(folder.resolve(".corpus-index")));
  }

  @Test
  void aFirstQueryWithNoCorpusFolderIsAUsageErrorAndBuildsNothing() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("no-corpus"));

    CliRunner.Run run = runIn(folder, Map.of("CORPUS_DIR", "/no/such"), "search", "putin");

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    String first = CliChecks.lines(run.err()).get(0);
    assertTrue(first.startsWith("error: ") && first.contains("/no/such"), run.err());
    assertFalse(Files.exists(folder.resolve(".corpus-index")), "an index folder was created");
  }

  @Test
  void queriesSayWhenCorpusFilesChangedSinceTheIndexRun() throws Exception {
    Path corpus = temp.resolve("changing");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), "Date: 2024-01-02\n\nPutin spoke.\n");
    String idx = temp.resolve("changing-index").toString();
    assertEquals(0, CLI.run("index", corpus.toString(), "--index", idx).exitCode());
    assertEquals("", CLI.run("search", "putin", "--index", idx).err());
    Files.writeString(corpus.resolve("b.txt"), "Date: 2024-01-03\n\nPutin spoke again.\n");
    CliRunner.Run run = CLI.run("search", "putin", "--index", idx);
    assertEquals(0, run.exitCode());
    assertTrue(run.err().startsWith("note: files in "), run.err());
    assertEquals(1, run.err().lines().count());
    assertTrue(run.out().startsWith("1 hit"), "answers from the index as it is: " + run.out());
  }
}

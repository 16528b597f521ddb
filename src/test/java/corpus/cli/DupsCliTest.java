package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dups}, {@code docs --duplicates} and {@code --dedup} on the sample corpus plus one wire
 * copy of its TASS article republished a day later with its last paragraph dropped.
 */
class DupsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TASS = "000_84b4a583cfa63b36.txt";
  private static final String COPY = "zz-republished.txt";

  @TempDir static Path temp;
  static String index;
  static JsonNode indexSummary;

  @BeforeAll
  static void indexTheSampleWithACopy() throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    try (Stream<Path> files = Files.list(CliChecks.bundledCorpus())) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    String tass = Files.readString(corpus.resolve(TASS));
    String shorter = tass.substring(0, tass.stripTrailing().lastIndexOf('\n'));
    Files.writeString(
        corpus.resolve(COPY), shorter.replace("date 2024-08-22", "date 2024-08-23") + "\n");
    index = temp.resolve("index").toString();
    CliRunner.Run run =
        new CliRunner().run("index", corpus.toString(), "--index", index, "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    indexSummary = JSON.readTree(run.out());
  }

  private static JsonNode json(String... args) throws IOException {
    CliRunner.Run run = CliChecks.runOn(index, args);
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void theIndexRunCountsTheGroupAndTheCopy() {
    assertEquals(6, indexSummary.get("documents").asInt());
    assertEquals(1, indexSummary.get("duplicate_groups").asInt());
    assertEquals(1, indexSummary.get("copies").asInt());
  }

  @Test
  void dupsListsTheGroupCanonicalFirst() throws IOException {
    JsonNode dups = json("dups", "--format", "json");
    assertEquals(0.8, dups.get("threshold").asDouble());
    assertEquals(6, dups.get("articles").asInt());
    assertEquals(1, dups.get("groups_total").asInt());
    assertEquals(2, dups.get("articles_in_groups").asInt());
    assertEquals(1, dups.get("copies").asInt());
    JsonNode group = dups.get("groups").get(0);
    assertEquals(2, group.get("size").asInt());
    assertEquals(TASS, group.get("canonical").asText());
    JsonNode first = group.get("members").get(0);
    JsonNode second = group.get("members").get(1);
    assertEquals(TASS, first.get("id").asText());
    assertTrue(first.get("canonical").asBoolean());
    assertEquals(1.0, first.get("similarity").asDouble());
    assertEquals(COPY, second.get("id").asText());
    assertEquals("2024-08-23", second.get("date").asText());
    assertEquals("TASS", second.get("source").asText());
    double similarity = second.get("similarity").asDouble();
    assertTrue(similarity >= 0.8 && similarity < 1, "a paragraph dropped: " + similarity);

    List<String> csv = CliChecks.lines(CliChecks.runOn(index, "dups", "--format", "csv").out());
    assertEquals("group,size,canonical,id,date,source,similarity,title", csv.get(0));
    assertEquals(3, csv.size());
  }

  @Test
  void docsDuplicatesListsOnlyTheGroupsArticles() throws IOException {
    JsonNode docs = json("docs", "--duplicates", "--format", "json").get("documents");
    assertEquals(2, docs.size());
    assertTrue(docs.get(0).get("duplicate_of").isNull());
    assertEquals(TASS, docs.get(1).get("duplicate_of").asText());
    JsonNode all = json("docs", "--format", "json").get("documents");
    assertEquals(6, all.size());
    assertTrue(all.get(1).get("similarity").isNull(), "an article in no group");
  }

  @Test
  void dedupCountsTheGroupOnceAndSaysWhatItSetAside() throws IOException {
    JsonNode all = json("search", "putin", "--format", "json");
    CliRunner.Run run = CliChecks.runOn(index, "search", "putin", "--dedup", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode deduplicated = JSON.readTree(run.out());
    assertEquals(all.get("total_hits").asInt() - 1, deduplicated.get("total_hits").asInt());
    assertEquals(1, deduplicated.get("meta").get("dedup").get("copies_set_aside").asInt());
    assertEquals(0.8, deduplicated.get("meta").get("dedup").get("threshold").asDouble());
    assertTrue(run.err().contains("set aside 1 near-duplicate copy"), run.err());
    assertTrue(all.get("meta").get("dedup") == null, "meta.dedup only with --dedup");

    // A selection without the copy sets nothing aside.
    JsonNode older = json("search", "putin", "--to", "2023-12-31", "--dedup", "--format", "json");
    assertEquals(0, older.get("meta").get("dedup").get("copies_set_aside").asInt());

    JsonNode stats = json("stats", "--dedup", "--format", "json");
    assertEquals(5, stats.get("documents").asInt());
  }

  @Test
  void docsDuplicatesSaysSoWhenNoArticleIsInAGroup(@TempDir Path other) throws IOException {
    String plain = other.resolve("index").toString();
    CliChecks.indexBundledCorpus(Path.of(plain));
    CliRunner.Run run = CliChecks.runOn(plain, "docs", "--duplicates", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(0, JSON.readTree(run.out()).get("documents").size());
    assertTrue(run.err().contains("no article is in a group of near-duplicates"), run.err());
    CliRunner.Run some = CliChecks.runOn(index, "docs", "--duplicates");
    assertTrue(some.err().isEmpty(), "no note when there are groups: " + some.err());
  }

  @Test
  void badValuesAreUsageErrors() {
    for (String[] args :
        List.of(
            new String[] {"dups", "--min-size", "1"},
            new String[] {"dups", "--limit", "-1"},
            new String[] {"index", temp.resolve("corpus").toString(), "--dup-threshold", "0.5"},
            new String[] {"index", temp.resolve("corpus").toString(), "--dup-threshold", "1.5"})) {
      CliRunner.Run run = CliChecks.runOn(index, args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      CliChecks.assertNoStackTrace(run.err());
      assertTrue(run.err().startsWith("error: --"), run.err());
    }
  }
}

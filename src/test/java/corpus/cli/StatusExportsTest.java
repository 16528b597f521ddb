package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV and JSON lines of {@code index} and {@code verify} mix counts, files and messages; each
 * kind of row fills its own columns, so every column holds one type, and a count and the files it
 * counts share a name.
 */
class StatusExportsTest {
  private static final CliRunner CLI = new CliRunner();
  private static final Set<String> KINDS = Set.of("count", "file", "status", "damage");

  @TempDir Path temp;
  private Path corpus;
  private String index;

  @BeforeEach
  void aCorpusWithProblemFiles() throws IOException {
    corpus = Files.createDirectories(temp.resolve("corpus"));
    try (Stream<Path> files = Files.list(CliChecks.bundledCorpus())) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(
        corpus.resolve("latin1.txt"),
        "date 2024-01-02\n\nCaf\u00e9 talks in Moscow.\n".getBytes(StandardCharsets.ISO_8859_1));
    index = temp.resolve("index").toString();
  }

  @Test
  void indexRowsKeepCountsAndFilesApart() throws IOException {
    List<Map<String, String>> rows = csv(run(0, "index", corpus.toString(), "--format", "csv"));

    rows.forEach(StatusExportsTest::assertTypedColumns);
    assertEquals(
        List.of(
            "added",
            "updated",
            "removed",
            "unchanged",
            "skipped",
            "undated",
            "fallback_encodings",
            "record_files",
            "documents",
            "duplicate_groups",
            "copies"),
        names(rows, "count"));
    assertEquals("6", count(rows, "added"));
    assertEquals("1", count(rows, "skipped"));
    assertFilesMatchTheirCounts(rows);
    Map<String, String> skipped = files(rows, "skipped").get(0);
    assertEquals("empty.txt", skipped.get("file"));
    assertTrue(skipped.get("detail").contains("empty"), skipped.toString());
    assertEquals("latin1.txt", files(rows, "fallback_encodings").get(0).get("file"));
  }

  @Test
  void verifyRowsNameTheVerdictAndTheFilesInDisagreement() throws IOException {
    run(0, "index", corpus.toString());
    Files.writeString(corpus.resolve("new.txt"), "date 2024-09-01\n\nA new article.\n");
    Files.delete(corpus.resolve("latin1.txt"));

    List<Map<String, String>> rows = csv(run(3, "verify", "--format", "csv"));

    rows.forEach(StatusExportsTest::assertTypedColumns);
    assertEquals("out_of_date", status(rows, "verdict"));
    assertEquals("1", count(rows, "missing_from_index"));
    assertEquals("new.txt", files(rows, "missing_from_index").get(0).get("file"));
    assertEquals("latin1.txt", files(rows, "stale_entries").get(0).get("file"));
    assertFilesMatchTheirCounts(rows);
  }

  @Test
  void aDamagedIndexHasDamageRowsAndNoDocumentCount() throws IOException {
    run(0, "index", corpus.toString());
    CliChecks.flipAByteInTheLargestSegmentFile(Path.of(index));

    List<JsonNode> rows = jsonLines(run(3, "verify", "--format", "jsonl"));

    for (JsonNode row : rows) {
      assertTrue(KINDS.contains(row.get("kind").asText()), row.toString());
      assertTrue(row.get("count").isNull() || row.get("count").isIntegralNumber(), row.toString());
      for (String text : List.of("name", "file", "detail")) {
        assertTrue(row.get(text).isNull() || row.get(text).isTextual(), row.toString());
      }
    }
    assertTrue(
        rows.stream()
            .anyMatch(r -> r.get("kind").asText().equals("damage") && r.get("detail").isTextual()));
    JsonNode verdict =
        rows.stream().filter(r -> r.get("name").asText().equals("verdict")).findFirst().get();
    assertEquals("damaged", verdict.get("detail").asText());
    // Unknown, not zero: neither the documents nor the folder's agreement could be counted.
    for (String name : List.of("documents", "missing_from_index", "stale_entries")) {
      JsonNode count =
          rows.stream().filter(r -> r.get("name").asText().equals(name)).findFirst().get();
      assertTrue(count.get("count").isNull(), count.toString());
    }
  }

  /** Counts hold only whole numbers, files only ids, and texts never stand in for either. */
  private static void assertTypedColumns(Map<String, String> row) {
    String kind = row.get("kind");
    assertTrue(KINDS.contains(kind), row.toString());
    switch (kind) {
      case "count" -> {
        assertTrue(row.get("count").matches("\\d*"), row.toString());
        assertTrue(row.get("file").isEmpty() && row.get("detail").isEmpty(), row.toString());
      }
      case "file" -> {
        assertTrue(row.get("count").isEmpty() && !row.get("file").isEmpty(), row.toString());
      }
      default -> {
        assertTrue(row.get("count").isEmpty() && row.get("file").isEmpty(), row.toString());
        assertTrue(!row.get("detail").isEmpty(), row.toString());
      }
    }
  }

  /** Every file list is as long as its count says (these corpora are small enough to list). */
  private static void assertFilesMatchTheirCounts(List<Map<String, String>> rows) {
    Set<String> counted = Set.copyOf(names(rows, "count"));
    Map<String, Long> listed =
        rows.stream()
            .filter(r -> r.get("kind").equals("file"))
            .collect(Collectors.groupingBy(r -> r.get("name"), Collectors.counting()));
    listed.forEach(
        (name, files) -> {
          assertTrue(counted.contains(name), name + " has files but no count");
          assertEquals(String.valueOf(files), count(rows, name), name);
        });
  }

  private static List<String> names(List<Map<String, String>> rows, String kind) {
    return rows.stream().filter(r -> r.get("kind").equals(kind)).map(r -> r.get("name")).toList();
  }

  private static String count(List<Map<String, String>> rows, String name) {
    return only(rows, "count", name).get("count");
  }

  private static String status(List<Map<String, String>> rows, String name) {
    return only(rows, "status", name).get("detail");
  }

  private static Map<String, String> only(
      List<Map<String, String>> rows, String kind, String name) {
    List<Map<String, String>> found =
        rows.stream()
            .filter(r -> r.get("kind").equals(kind) && r.get("name").equals(name))
            .toList();
    assertEquals(1, found.size(), kind + " " + name + " in " + rows);
    return found.get(0);
  }

  private static List<Map<String, String>> files(List<Map<String, String>> rows, String name) {
    return rows.stream()
        .filter(r -> r.get("kind").equals("file") && r.get("name").equals(name))
        .toList();
  }

  private String run(int exitCode, String... args) {
    CliRunner.Run run = CliChecks.runOn(index, args);
    assertEquals(exitCode, run.exitCode(), run.err() + run.out());
    return run.out();
  }

  private static List<Map<String, String>> csv(String text) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(text)) {
      return rows.readAll();
    }
  }

  private static List<JsonNode> jsonLines(String text) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : text.split("\n")) {
      rows.add(json.readTree(line));
    }
    return rows;
  }
}

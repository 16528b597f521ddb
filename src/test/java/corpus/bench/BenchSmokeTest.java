package corpus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpus.bench.BenchCorpusGenerator.Style;
import corpus.cli.CliRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark harness working: a small corpus from the generator, indexed by the tool and
 * by the bare-Lucene baseline. No timings are checked here; speed is the bench script's business.
 *
 * <p>Checking every article's date against the manifest also tests the loader on real text at
 * scale: thousands of speeches in the EU's languages behind a header, in a dated file name or after
 * a wire dateline.
 */
class BenchSmokeTest {
  private static final long SIZE = 2_000_000;
  private static final long SEED = 42;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;

  static Path corpus;
  static BenchCorpusGenerator.Summary generated;
  static List<ManifestRow> manifest;

  /** One row of {@code .manifest.tsv}. */
  record ManifestRow(String path, LocalDate date, String style) {}

  @BeforeAll
  static void generateOnce() throws IOException {
    corpus = temp.resolve("corpus");
    generated = BenchCorpusGenerator.generate(corpus, SIZE, SEED, new EuroparlLines());
    manifest = readManifest(corpus);
  }

  @Test
  void theSameArgumentsWriteTheSameBytes() throws IOException {
    Path again = temp.resolve("again");
    BenchCorpusGenerator.generate(again, SIZE, SEED, new EuroparlLines());
    assertEquals(digest(corpus), digest(again));

    Path otherSeed = temp.resolve("other-seed");
    BenchCorpusGenerator.generate(otherSeed, SIZE, SEED + 1, new EuroparlLines());
    assertNotEquals(digest(corpus), digest(otherSeed));
  }

  @Test
  void writesAboutTheSizeAskedFor() throws IOException {
    assertTrue(generated.bytes() >= SIZE, "at least the size asked for: " + generated.bytes());
    assertTrue(
        generated.bytes() < SIZE + 10_000, "one article past it at most: " + generated.bytes());
    assertEquals(
        generated.bytes(), articleFiles(corpus).stream().mapToLong(BenchSmokeTest::size).sum());
  }

  @Test
  void theManifestListsEveryFileSortedByPath() throws IOException {
    List<String> paths = manifest.stream().map(ManifestRow::path).collect(Collectors.toList());
    assertEquals(
        articleFiles(corpus).stream()
            .map(path -> relative(corpus, path))
            .sorted()
            .collect(Collectors.toList()),
        paths);
    assertEquals(generated.files(), paths.size());
  }

  @Test
  void allThreeDateStylesOccur() {
    Map<String, Long> perStyle =
        manifest.stream().collect(Collectors.groupingBy(ManifestRow::style, Collectors.counting()));
    Set<String> expected = new TreeSet<>();
    for (Style style : Style.values()) {
      expected.add(style.label());
    }
    assertEquals(expected, perStyle.keySet());
    perStyle
        .values()
        .forEach(count -> assertTrue(count >= manifest.size() / 3, perStyle::toString));
  }

  @Test
  void theToolDatesEveryArticleAsTheManifestSays() throws IOException {
    assertToolDatesMatchManifest(corpus, temp.resolve("tool-index"), manifest);
  }

  @Test
  void theBareIndexerIndexesEveryFile() throws IOException {
    Path index = temp.resolve("bare-index");
    BareLuceneIndexer.Summary summary = BareLuceneIndexer.index(corpus, index, 2);
    assertEquals(manifest.size(), summary.files());
    assertEquals(generated.bytes(), summary.bytes());
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(manifest.size(), reader.numDocs());
    }
  }

  /**
   * Past the first pass over the source the speeches come again, years shifted and sentences
   * shuffled. A few source lines reach those passes fast; one of them is dated February 29.
   */
  @Test
  void laterPassesShiftTheYearAndShuffleTheSentences() throws IOException {
    List<String> source = new ArrayList<>();
    try (BufferedReader europarl = new EuroparlLines().open()) {
      for (int i = 0; i < 30; i++) {
        source.add(europarl.readLine());
      }
    }
    source.add("Leap day\t2004-02-29\tFirst sentence here. Second one! A third? And the last.");
    String text = String.join("\n", source) + "\n";
    Path passes = temp.resolve("passes");
    // Files are a little smaller than their source lines (no title), so eight lengths of the
    // source reach pass 6: shifts of 0, 15, 14, 13, 12, 11, 10 years.
    long size = 8L * text.getBytes(StandardCharsets.UTF_8).length;
    BenchCorpusGenerator.generate(
        passes, size, SEED, () -> new BufferedReader(new StringReader(text)));
    List<ManifestRow> rows = readManifest(passes);

    Set<LocalDate> leapDays =
        rows.stream()
            .map(ManifestRow::date)
            .filter(d -> d.getMonthValue() == 2 && d.getDayOfMonth() >= 28)
            .collect(Collectors.toCollection(TreeSet::new));
    // 2004 + 12 is a leap year again; 2004 + 15 is not.
    assertTrue(leapDays.contains(LocalDate.of(2004, 2, 29)), leapDays::toString);
    assertTrue(leapDays.contains(LocalDate.of(2016, 2, 29)), leapDays::toString);
    assertTrue(leapDays.contains(LocalDate.of(2019, 2, 28)), leapDays::toString);
    for (ManifestRow row : rows) {
      int year = row.date().getYear();
      assertTrue(year >= 1996 && year <= 2026, () -> row.path() + " is dated " + row.date());
    }

    for (ManifestRow row : rows) {
      String content = Files.readString(passes.resolve(row.path()));
      if (row.date().getMonthValue() == 2
          && row.date().getDayOfMonth() >= 28
          && content.contains("Second one!")) {
        for (String sentence :
            List.of("First sentence here.", "Second one!", "A third?", "And the last.")) {
          assertTrue(content.contains(sentence), () -> row.path() + " lost a sentence: " + content);
        }
      }
    }
    assertToolDatesMatchManifest(passes, temp.resolve("passes-index"), rows);
  }

  @Test
  void everyPassKeepsTheDatesWithin1996To2026AndTheShiftCycles() {
    LocalDate first = LocalDate.of(EuroparlLines.FIRST_YEAR, 1, 1);
    LocalDate last = LocalDate.of(EuroparlLines.LAST_YEAR, 12, 31);
    Set<Integer> firstYears = new TreeSet<>();
    for (int pass = 0; pass < 100; pass++) {
      assertTrue(BenchCorpusGenerator.shifted(first, pass).getYear() >= 1996);
      assertTrue(BenchCorpusGenerator.shifted(last, pass).getYear() <= 2026);
      firstYears.add(BenchCorpusGenerator.shifted(first, pass).getYear());
    }
    assertEquals(16, firstYears.size(), "every shift from 0 to 15 years is used: " + firstYears);
    assertEquals(
        last, BenchCorpusGenerator.shifted(last, 16), "the cycle starts over after 16 passes");
  }

  @Test
  void shufflingKeepsEverySentence() {
    String text = "One. Two!   Three? Four";
    String shuffled = BenchCorpusGenerator.shuffleSentences(text, new Random(3));
    assertEquals(Set.of("One.", "Two!", "Three?", "Four"), Set.of(shuffled.split(" ")));
  }

  /**
   * Indexes {@code folder} with the tool, in-process, and compares {@code docs} with the manifest:
   * every article listed, each with the expected date found by the rule its style is made for.
   */
  static void assertToolDatesMatchManifest(Path folder, Path index, List<ManifestRow> rows)
      throws IOException {
    CliRunner cli = new CliRunner();
    CliRunner.Run indexed =
        cli.run("index", folder.toString(), "--index", index.toString(), "--format", "json");
    assertEquals(0, indexed.exitCode(), indexed.err());
    JsonNode summary = JSON.readTree(indexed.out());
    assertEquals(rows.size(), summary.get("added").asInt(), indexed.out());
    assertEquals(0, summary.get("skipped").size(), () -> "skipped: " + summary.get("skipped"));

    CliRunner.Run docs = cli.run("docs", "--index", index.toString(), "--format", "json");
    assertEquals(0, docs.exitCode(), docs.err());
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode doc : JSON.readTree(docs.out()).get("documents")) {
      byId.put(doc.get("id").asText(), doc);
    }
    assertEquals(rows.size(), byId.size(), "articles listed by docs");

    List<String> mismatches = new ArrayList<>();
    for (ManifestRow row : rows) {
      JsonNode doc = byId.get(row.path());
      if (doc == null) {
        mismatches.add(row.path() + ": not listed by docs");
        continue;
      }
      String date = doc.get("date").isNull() ? "undated" : doc.get("date").asText();
      String source = doc.get("date_source").isNull() ? "no rule" : doc.get("date_source").asText();
      if (!date.equals(row.date().toString()) || !source.equals(row.style())) {
        mismatches.add(
            row.path()
                + ": expected "
                + row.date()
                + " ("
                + row.style()
                + "), got "
                + date
                + " ("
                + source
                + "); starts: "
                + opening(folder.resolve(row.path())));
      }
    }
    assertTrue(
        mismatches.isEmpty(),
        () ->
            mismatches.size()
                + " of "
                + rows.size()
                + " articles mis-dated:\n"
                + String.join("\n", mismatches.subList(0, Math.min(30, mismatches.size()))));
  }

  private static String opening(Path file) {
    try {
      String text = Files.readString(file);
      return "\"" + text.substring(0, Math.min(120, text.length())).replace("\n", "\\n") + "\"";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  static List<ManifestRow> readManifest(Path folder) throws IOException {
    List<String> lines =
        Files.readAllLines(folder.resolve(BenchCorpusGenerator.MANIFEST), StandardCharsets.UTF_8);
    assertEquals(BenchCorpusGenerator.MANIFEST_HEADER, lines.get(0));
    List<ManifestRow> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      assertEquals(3, fields.length, line);
      rows.add(new ManifestRow(fields[0], LocalDate.parse(fields[1]), fields[2]));
    }
    return rows;
  }

  /** Every regular file below {@code folder} outside hidden files and folders. */
  private static List<Path> articleFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              path ->
                  !relative(folder, path).startsWith(".") && !relative(folder, path).contains("/."))
          .collect(Collectors.toList());
    }
  }

  /** SHA-256 over every file below {@code folder}, the manifest included, in path order. */
  static String digest(Path folder) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      sha.update(relative(folder, file).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Files.readAllBytes(file));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package corpus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import corpus.bench.BenchCorpusGenerator.Shape;
import corpus.bench.BenchCorpusGenerator.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's JSON lines, CSV and HTML shapes hold the same articles as its .txt files, and the
 * tool reads each of them with the date the manifest gives, from the record's field or the page's
 * metadata: the shape comparison in {@code bench/run} compares like with like.
 */
class BenchShapesTest {
  private static final long SIZE = 1_000_000;
  private static final long SEED = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;

  static Summary txt;

  @BeforeAll
  static void generateTxt() throws IOException {
    txt = BenchCorpusGenerator.generate(temp.resolve("txt"), SIZE, SEED, new EuroparlLines());
  }

  @Test
  void jsonLinesHoldTheSameArticlesAsRecords() throws IOException {
    Path folder = temp.resolve("jsonl");
    Summary jsonl =
        BenchCorpusGenerator.generate(folder, SIZE, SEED, Shape.JSONL, new EuroparlLines());
    assertSameArticles(jsonl);

    List<String> lines =
        Files.readAllLines(folder.resolve(JsonLinesFiles.fileName(1)), StandardCharsets.UTF_8);
    assertEquals(txt.articles(), lines.size(), "one file of records at this size");
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals(List.of("title", "date", "text", "source"), fieldNames(first));
    assertTrue(Set.of(NewsPage.OUTLETS).contains(first.get("source").asText()), first::toString);

    List<BenchSmokeTest.ManifestRow> manifest = BenchSmokeTest.readManifest(folder);
    assertEquals(JsonLinesFiles.fileName(1) + "#1", manifest.get(0).path());
    assertEquals(first.get("date").asText(), manifest.get(0).date().toString());
    BenchSmokeTest.assertToolDatesMatchManifest(folder, temp.resolve("jsonl-index"), manifest);
  }

  @Test
  void csvHoldsTheSameArticlesAsRows() throws IOException {
    Path folder = temp.resolve("csv");
    Summary csv = BenchCorpusGenerator.generate(folder, SIZE, SEED, Shape.CSV, new EuroparlLines());
    assertSameArticles(csv);
    assertEquals(1, csv.files(), "one file of rows at this size");
    Path file = folder.resolve(CsvFiles.fileName(1));
    assertEquals(Files.size(file), csv.bytes());

    // Read back by Jackson as RFC 4180: a header row, then a row of four fields per article, the
    // texts with their paragraphs on lines of their own.
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> reader =
        new CsvMapper()
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(file.toFile())) {
      reader.forEachRemaining(rows::add);
    }
    assertEquals(List.of("title", "date", "source", "text"), rows.get(0));
    List<List<String>> records = rows.subList(1, rows.size());
    assertEquals(txt.articles(), records.size(), "rows");
    assertTrue(records.stream().allMatch(row -> row.size() == 4));
    assertTrue(Set.of(NewsPage.OUTLETS).contains(records.get(0).get(2)), records.get(0)::toString);
    assertEquals(
        txt.textBytes(),
        records.stream().mapToLong(row -> row.get(3).getBytes(StandardCharsets.UTF_8).length).sum(),
        "the text fields hold the article text's bytes");
    long multiLine = records.stream().filter(row -> row.get(3).contains("\n")).count();
    assertTrue(
        multiLine > records.size() / 5, "rows with paragraphs on their own lines: " + multiLine);
    assertTrue(
        records.stream().anyMatch(row -> row.get(3).contains(",") && row.get(3).contains("\"")),
        "texts with commas and quotes");

    List<BenchSmokeTest.ManifestRow> manifest = BenchSmokeTest.readManifest(folder);
    assertEquals(CsvFiles.fileName(1) + "#1", manifest.get(0).path());
    assertEquals(records.get(0).get(1), manifest.get(0).date().toString());
    assertEquals(
        Set.of("field"),
        manifest.stream().map(BenchSmokeTest.ManifestRow::style).collect(Collectors.toSet()));
    BenchSmokeTest.assertToolDatesMatchManifest(folder, temp.resolve("csv-index"), manifest);
  }

  @Test
  void csvTextKeepsItsBytesWithParagraphsOnTheirOwnLines() {
    assertEquals("End. \n\nNext.", CsvFiles.paragraphLines("End.   Next."));
    assertEquals("A.\n\nB. C.", CsvFiles.paragraphLines("A.  B. C."));
    assertEquals("No breaks, \"quoted\".", CsvFiles.paragraphLines("No breaks, \"quoted\"."));
  }

  @Test
  void pagesHoldTheSameArticlesInHtml() throws IOException {
    Path folder = temp.resolve("html");
    Summary html =
        BenchCorpusGenerator.generate(folder, SIZE, SEED, Shape.HTML, new EuroparlLines());
    assertSameArticles(html);
    assertEquals(txt.articles(), html.files());
    assertTrue(html.bytes() > 3 * txt.bytes(), "a page around every story: " + html.bytes());

    List<BenchSmokeTest.ManifestRow> manifest = BenchSmokeTest.readManifest(folder);
    assertEquals(
        Set.of("html"),
        manifest.stream().map(BenchSmokeTest.ManifestRow::style).collect(Collectors.toSet()));
    try (Stream<Path> pages = Files.walk(folder)) {
      assertEquals(
          manifest.size(), pages.filter(p -> p.toString().endsWith(".html")).count(), "pages");
    }
    BenchSmokeTest.assertToolDatesMatchManifest(folder, temp.resolve("html-index"), manifest);
  }

  @Test
  void theSameArgumentsWriteTheSameBytesInEveryShape() throws IOException {
    for (Shape shape : List.of(Shape.JSONL, Shape.CSV, Shape.HTML)) {
      Path once = temp.resolve("once-" + shape.label());
      Path twice = temp.resolve("twice-" + shape.label());
      BenchCorpusGenerator.generate(once, SIZE / 4, SEED, shape, new EuroparlLines());
      BenchCorpusGenerator.generate(twice, SIZE / 4, SEED, shape, new EuroparlLines());
      assertEquals(BenchSmokeTest.digest(once), BenchSmokeTest.digest(twice), shape.label());
    }
  }

  @Test
  void pagesKeepTheSpeechParagraphsAndBreakLongRuns() {
    assertEquals(List.of("One. Two.", "Three."), NewsPage.paragraphs("One. Two.   Three."));
    assertEquals(List.of("A. B. C. D.", "E."), NewsPage.paragraphs("A. B. C. D. E."));
    assertEquals("&lt;b&gt; &amp; &quot;q&quot;", NewsPage.escape("<b> & \"q\""));
  }

  /** Same count and the same bytes of text: the same articles, whatever the files look like. */
  private static void assertSameArticles(Summary shape) {
    assertEquals(txt.articles(), shape.articles(), "articles");
    assertEquals(txt.textBytes(), shape.textBytes(), "bytes of article text");
  }

  private static List<String> fieldNames(JsonNode record) {
    List<String> names = new ArrayList<>();
    record.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

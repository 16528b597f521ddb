package corpus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The generator's JSON lines and HTML shapes hold the same articles as its .txt files, and the tool
 * reads each of them with the date the manifest gives, from the record's field or the page's
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
    for (Shape shape : List.of(Shape.JSONL, Shape.HTML)) {
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

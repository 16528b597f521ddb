package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end through the command line: a folder holding one file of each shape the tool reads (a
 * text file, JSON lines, a NewsAPI JSON response, a Kaggle CSV, a TSV, a web page and gzipped JSON
 * lines), indexed with no options. Every article must be there once with its date, title and
 * source; the words counted must be the words of the articles' texts, counted here independently,
 * and none of the page's boilerplate.
 */
class ExportShapesCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private Path corpus;
  private String index;

  /** What one article should come out as. */
  private record Expected(
      String id,
      String title,
      String date,
      String dateSource,
      String source,
      String sourceOrigin,
      String text) {}

  /** Every article written into the corpus folder, by id, with the text the index should hold. */
  private final Map<String, Expected> articles = new TreeMap<>();

  private void expect(
      String id,
      String title,
      String date,
      String dateSource,
      String source,
      String sourceOrigin,
      String text) {
    articles.put(id, new Expected(id, title, date, dateSource, source, sourceOrigin, text));
  }

  @BeforeEach
  void folders() throws IOException {
    corpus = Files.createDirectories(temp.resolve("corpus"));
    index = temp.resolve("index").toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The corpus: one file of each shape

  private void writeOneOfEachShape() throws IOException {
    writeTextFile();
    writeJsonLines();
    writeNewsApiJson();
    writeKaggleCsv();
    writeTsv();
    writeHtmlPage();
    writeGzippedJsonLines();
  }

  private void writeTextFile() throws IOException {
    String body =
        "The grain deal was signed in Istanbul on Monday. Grain prices fell while IRON ore rose.\n"
            + "\n"
            + "Traders said wheat would follow.\n";
    Files.writeString(
        corpus.resolve("planet.txt"),
        "Title: Grain deal signed\nDate: 2023-05-01\nSource: Daily Planet\n\n" + body);
    expect(
        "planet.txt", "Grain deal signed", "2023-05-01", "header", "Daily Planet", "header", body);
  }

  private void writeJsonLines() throws IOException {
    String first = "Gas flows resumed on Tuesday. Gas is cheap again and iron smelters restarted.";
    // No date field and no source field: the dateline gives both.
    String second = "MOSCOW, June 3, 2023 (Reuters) - Gas exports rose in May, grain exports fell.";
    ObjectNode one = JSON.createObjectNode();
    one.put("title", "Gas flows resume");
    one.put("text", first);
    // Already June 3rd in UTC: the day written is the 2nd.
    one.put("date", "2023-06-02T23:30:00-05:00");
    one.put("source", "Wire One");
    ObjectNode two = JSON.createObjectNode();
    two.put("title", "Gas exports");
    two.put("text", second);
    Files.writeString(
        corpus.resolve("feed.jsonl"),
        JSON.writeValueAsString(one) + "\n\n" + JSON.writeValueAsString(two) + "\n");
    expect("feed.jsonl#1", "Gas flows resume", "2023-06-02", "field", "Wire One", "field", first);
    expect("feed.jsonl#2", "Gas exports", "2023-06-03", "dateline", "Reuters", "dateline", second);
  }

  private void writeNewsApiJson() throws IOException {
    // NewsAPI's /v2/everything response: the articles array in a wrapper, the source an object,
    // the content cut short with its "[+N chars]" mark.
    String first = "Oil rose sharply on Monday as traders weighed the strike… [+2345 chars]";
    String second = "Oil and wheat prices climbed after the port closed. [+1780 chars]";
    ObjectNode response = JSON.createObjectNode();
    response.put("status", "ok");
    response.put("totalResults", 2);
    ArrayNode list = response.putArray("articles");
    list.add(
        newsApiArticle(
            "bbc-news",
            "BBC News",
            "Oil rises",
            "Oil prices rose.",
            "2023-07-03T01:02:03Z",
            first));
    list.add(
        newsApiArticle(
            null,
            "Al Jazeera English",
            "Port closure lifts prices",
            "Prices climbed.",
            "2023-07-04T23:59:59Z",
            second));
    Files.writeString(
        corpus.resolve("newsapi.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(response));
    expect("newsapi.json#1", "Oil rises", "2023-07-03", "field", "BBC News", "field", first);
    expect(
        "newsapi.json#2",
        "Port closure lifts prices",
        "2023-07-04",
        "field",
        "Al Jazeera English",
        "field",
        second);
  }

  private static ObjectNode newsApiArticle(
      String sourceId,
      String sourceName,
      String title,
      String description,
      String publishedAt,
      String content) {
    ObjectNode article = JSON.createObjectNode();
    ObjectNode source = article.putObject("source");
    source.put("id", sourceId);
    source.put("name", sourceName);
    article.put("author", "A. Writer");
    article.put("title", title);
    article.put("description", description);
    article.put("url", "https://example.com/" + title.length());
    article.put("urlToImage", "https://example.com/image.jpg");
    article.put("publishedAt", publishedAt);
    article.put("content", content);
    return article;
  }

  private void writeKaggleCsv() throws IOException {
    // "All the news" on Kaggle: pandas wrote its row index as a first column with no name.
    String first = "The house voted on Friday.\nWheat and more wheat was the \"word\" of the day.";
    String second = "Senators met on Saturday to discuss the nickel tariff.";
    Files.writeString(
        corpus.resolve("articles1.csv"),
        ",id,title,publication,author,date,year,month,url,content\n"
            + "0,17283,House votes on farm bill,New York Times,Carl Hulse,2016-12-31,2016.0,12.0,,\""
            + first.replace("\"", "\"\"")
            + "\"\n"
            + "1,17284,Senate meets,New York Times,Ana Smith,2017-01-07,2017.0,1.0,,"
            + second
            + "\n");
    expect(
        "articles1.csv#1",
        "House votes on farm bill",
        "2016-12-31",
        "field",
        "New York Times",
        "field",
        first);
    expect(
        "articles1.csv#2",
        "Senate meets",
        "2017-01-07",
        "field",
        "New York Times",
        "field",
        second);
  }

  private void writeTsv() throws IOException {
    String first = "Corn and wheat prices rose in Chicago.";
    // No source: neither a field nor a dateline names one.
    String second = "Farmers planted less corn this spring.";
    Files.writeString(
        corpus.resolve("wire.tsv"),
        "title\tdate\tsource\ttext\n"
            + "Corn rally\t2023-08-04\tTsv Times\t"
            + first
            + "\n"
            + "Less corn\t20230805\t\t"
            + second
            + "\n");
    expect("wire.tsv#1", "Corn rally", "2023-08-04", "field", "Tsv Times", "field", first);
    expect("wire.tsv#2", "Less corn", "2023-08-05", "field", null, null, second);
  }

  private void writeHtmlPage() throws IOException {
    List<String> paragraphs =
        List.of(
            "Nickel miners walked out on Tuesday, and the nickel price jumped as smelters ran"
                + " short of ore.",
            "Union leaders said the strike over pay would last until the companies raised their"
                + " offer for the miners.",
            "Iron ore shipments were not affected, a port official said, and IRON prices held"
                + " steady.");
    // The boilerplate sits around the article and inside it, where choosing the article's
    // element alone would not drop it.
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<title>Nickel miners strike | Harbour Herald</title>\n")
        .append("<meta property=\"og:site_name\" content=\"Harbour Herald\">\n")
        .append("<meta property=\"og:title\" content=\"Nickel miners strike\">\n")
        // Already September 6th in UTC: the page's day is the 5th.
        .append(
            "<meta property=\"article:published_time\" content=\"2023-09-05T23:30:00-05:00\">\n")
        .append("</head><body>\n")
        .append("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">navmenuword world</a>")
        .append(" <a href=\"/markets\">navmenuword markets wheat</a></nav></header>\n")
        .append("<div class=\"cookie-banner\"><p>We use cookies to improve the site.")
        .append(" cookiebannerword cookiebannerword nickel.</p><button>Accept</button></div>\n")
        .append("<main><article>\n")
        .append(
            "<nav><a href=\"/\">Home</a> &gt; <a href=\"/mining\">navmenuword mining</a></nav>\n")
        .append("<h1>Nickel miners strike</h1>\n")
        .append("<div class=\"cookie-notice\"><p>cookiebannerword Accept cookies to read on about")
        .append(" the nickel strike and the iron ore market, as our partners do.</p></div>\n")
        .append("<p>")
        .append(paragraphs.get(0))
        .append("</p>\n")
        .append("<aside><p>asideword Read more: wheat harvest ends early as grain piles up.</p>")
        .append("</aside>\n");
    for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
      page.append("<p>").append(paragraph).append("</p>\n");
    }
    page.append("<div class=\"share-bar\">sharebarword Share this story on iron</div>\n")
        .append("<footer><p>footerword Filed under nickel, strike and grain news by the desk.")
        .append("</p></footer>\n")
        .append("</article>\n")
        .append("<aside><h2>Most read</h2><p>asideword Wheat harvest ends early.</p></aside>\n")
        .append("</main>\n")
        .append("<footer><p>footerword Copyright Harbour Herald. footerword All rights reserved.")
        .append(" Grain and strike news daily.</p></footer>\n")
        .append("</body></html>\n");
    Files.writeString(corpus.resolve("herald.html"), page.toString());
    expect(
        "herald.html",
        "Nickel miners strike",
        "2023-09-05",
        "html",
        "Harbour Herald",
        "html",
        String.join("\n\n", paragraphs));
  }

  private void writeGzippedJsonLines() throws IOException {
    // news-please's field names, gzipped as crawls are kept.
    String first = "Grain shipments from the port resumed after the strike ended.";
    String second = "The ministry said gas and oil supplies were stable through the winter.";
    ObjectNode one = JSON.createObjectNode();
    one.put("title", "Shipments resume");
    one.put("maintext", first);
    one.put("date_publish", "2023-10-10 08:00:00");
    one.put("source_domain", "tass.com");
    ObjectNode two = JSON.createObjectNode();
    two.put("title", "Supplies stable");
    two.put("maintext", second);
    two.put("date_publish", "2023-10-11 23:15:00");
    two.put("source_domain", "tass.com");
    writeGzip(
        corpus.resolve("crawl.jsonl.gz"),
        JSON.writeValueAsString(one) + "\n" + JSON.writeValueAsString(two) + "\n");
    expect(
        "crawl.jsonl.gz#1", "Shipments resume", "2023-10-10", "field", "tass.com", "field", first);
    expect(
        "crawl.jsonl.gz#2", "Supplies stable", "2023-10-11", "field", "tass.com", "field", second);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(packed)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return packed.toByteArray();
  }

  private static void writeGzip(Path file, String text) throws IOException {
    Files.write(file, gzip(text));
  }

  // ---------------------------------------------------------------------------------------------
  // Running the command line

  private JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--format", "json"));
    CliRunner.Run run = CliChecks.runOn(index, all.toArray(String[]::new));
    assertEquals(0, run.exitCode(), () -> String.join(" ", args) + ": " + run.err());
    CliChecks.assertNoStackTrace(run.err());
    return JSON.readTree(run.out());
  }

  private JsonNode indexWithNoOptions() throws IOException {
    CliRunner.Run run =
        new CliRunner().run("index", corpus.toString(), "--index", index, "--format", "json");
    assertEquals(0, run.exitCode(), run::err);
    CliChecks.assertNoStackTrace(run.err());
    return JSON.readTree(run.out());
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private Map<String, JsonNode> documentsById() throws IOException {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode doc : json("docs").get("documents")) {
      JsonNode before = byId.put(doc.get("id").asText(), doc);
      assertEquals(null, before, () -> "listed twice: " + doc.get("id"));
    }
    return byId;
  }

  // ---------------------------------------------------------------------------------------------
  // Counting words here, without the tool

  /** Whole-word, case-insensitive occurrences of {@code word} in {@code text}. */
  private static int occurrences(String word, String text) {
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** The words of a text as runs of letters and digits; the texts here have no 's, no 3.5. */
  private static int words(String text) {
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  private record Count(int occurrences, int documents) {}

  private Count expectedCount(String word) {
    int total = 0;
    int documents = 0;
    for (Expected article : articles.values()) {
      int n = occurrences(word, article.text());
      total += n;
      documents += n > 0 ? 1 : 0;
    }
    return new Count(total, documents);
  }

  /** freq's count and document count of every term, from one run with no top limit. */
  private Map<String, Count> frequencies() throws IOException {
    JsonNode tables = json("freq", "--top", "0").get("tables");
    assertEquals(1, tables.size(), tables::toString);
    Map<String, Count> counts = new TreeMap<>();
    for (JsonNode row : tables.get(0).get("rows")) {
      counts.put(
          row.get("term").asText(),
          new Count(row.get("count").asInt(), row.get("documents").asInt()));
    }
    return counts;
  }

  private int searchTotal(String word) throws IOException {
    return json("search", word, "--limit", "0").get("total_hits").asInt();
  }

  // ---------------------------------------------------------------------------------------------
  // The tests

  @Test
  void everyArticleOfEveryShapeIsThereOnceWithItsDateTitleAndSource() throws IOException {
    writeOneOfEachShape();

    JsonNode summary = indexWithNoOptions();

    assertEquals(articles.size(), summary.get("documents").asInt(), summary::toString);
    assertEquals(articles.size(), summary.get("added").asInt());
    assertEquals(0, summary.get("skipped").size(), summary.get("skipped")::toString);
    Map<String, JsonNode> docs = documentsById();
    assertEquals(List.copyOf(articles.keySet()), docs.keySet().stream().sorted().toList());
    for (Expected article : articles.values()) {
      JsonNode doc = docs.get(article.id());
      String id = article.id();
      assertEquals(article.title(), text(doc.get("title")), id + " title");
      assertEquals(article.date(), text(doc.get("date")), id + " date");
      assertEquals(article.dateSource(), text(doc.get("date_source")), id + " date_source");
      assertEquals(article.source(), text(doc.get("source")), id + " source");
      assertEquals(article.sourceOrigin(), text(doc.get("source_origin")), id + " source_origin");
      // The text indexed is the text written: no header, no headline, no boilerplate.
      assertEquals(words(article.text()), doc.get("tokens").asInt(), id + " tokens");
    }
  }

  @Test
  void wordCountsAreTheCountsOfTheArticlesTexts() throws IOException {
    writeOneOfEachShape();
    indexWithNoOptions();

    Map<String, Count> counted = frequencies();

    for (String word :
        List.of("grain", "gas", "oil", "wheat", "iron", "nickel", "strike", "corn", "chars")) {
      Count expected = expectedCount(word);
      assertTrue(expected.occurrences() > 0, word + " is in the texts");
      assertEquals(expected, counted.get(word), "freq of " + word);
      assertEquals(expected.documents(), searchTotal(word), "search " + word);
    }
    // Case is folded without the JVM's Turkish rules: IRON is iron, not ıron.
    assertFalse(counted.containsKey("ıron"), counted.keySet()::toString);
    int tokens = articles.values().stream().mapToInt(a -> words(a.text())).sum();
    assertEquals(tokens, json("stats").get("tokens").asInt(), "tokens of every article");
  }

  /**
   * Words only the page's boilerplate holds: its menus, cookie notices, share bar, asides, footers.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"navmenuword", "cookiebannerword", "footerword", "sharebarword", "asideword"})
  void noBoilerplateWordOfThePageIsCounted(String word) throws IOException {
    writeOneOfEachShape();
    indexWithNoOptions();

    assertTrue(Files.readString(corpus.resolve("herald.html")).contains(word), "on the page");
    assertEquals(0, searchTotal(word), word);
    assertFalse(frequencies().containsKey(word), word);
  }

  @Test
  void statsCountTheArticlesOfEachSource() throws IOException {
    writeOneOfEachShape();
    indexWithNoOptions();

    JsonNode stats = json("stats");

    Map<String, Integer> expected = new TreeMap<>();
    int without = 0;
    Map<String, Integer> expectedTokens = new TreeMap<>();
    for (Expected article : articles.values()) {
      if (article.source() == null) {
        without++;
      } else {
        expected.merge(article.source(), 1, Integer::sum);
        expectedTokens.merge(article.source(), words(article.text()), Integer::sum);
      }
    }
    Map<String, Integer> documents = new TreeMap<>();
    Map<String, Integer> tokens = new TreeMap<>();
    for (JsonNode row : stats.get("sources")) {
      assertEquals(
          null,
          documents.put(row.get("source").asText(), row.get("documents").asInt()),
          "listed once: " + row);
      tokens.put(row.get("source").asText(), row.get("tokens").asInt());
    }
    assertEquals(expected, documents);
    assertEquals(expectedTokens, tokens);
    assertEquals(2, expected.get("New York Times"), "the two CSV rows");
    assertEquals(without, stats.get("without_source").asInt());
    assertEquals(articles.size(), stats.get("documents").asInt());
  }

  @Test
  void fieldOptionsReadAnUnusualSchema() throws IOException {
    String first = "Copper output rose at the Kolwezi mines, copper buyers said.";
    String second = "Cobalt prices fell for a third week.";
    Files.writeString(
        corpus.resolve("odd.jsonl"),
        unusualRecord(first, "2021-03-04T05:06:07+09:00", "Mining Weekly", "Copper up")
            + "\n"
            + unusualRecord(second, "1616112000", "Metal Bulletin", "Cobalt down")
            + "\n");
    CliRunner.Run run =
        new CliRunner()
            .run(
                "index",
                corpus.toString(),
                "--index",
                index,
                "--field",
                "text=story.body",
                "--field",
                "date=meta.published",
                "--field",
                "source=feed.title",
                "--format",
                "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = JSON.readTree(run.out());
    assertEquals(2, summary.get("documents").asInt(), summary::toString);
    assertEquals(0, summary.get("skipped").size(), summary.get("skipped")::toString);

    Map<String, JsonNode> docs = documentsById();
    assertEquals(List.of("odd.jsonl#1", "odd.jsonl#2"), List.copyOf(docs.keySet()));
    JsonNode one = docs.get("odd.jsonl#1");
    assertEquals("2021-03-04", text(one.get("date")));
    assertEquals("field", text(one.get("date_source")));
    assertEquals("Mining Weekly", text(one.get("source")));
    assertEquals("field", text(one.get("source_origin")));
    assertEquals(words(first), one.get("tokens").asInt());
    JsonNode two = docs.get("odd.jsonl#2");
    // 1616112000 s is 2021-03-19T00:00:00Z.
    assertEquals("2021-03-19", text(two.get("date")));
    assertEquals("Metal Bulletin", text(two.get("source")));
    assertEquals(words(second), two.get("tokens").asInt());
    // The text is story.body: the copper of the body is counted, the word only in the headline
    // and the feed's description is not.
    Map<String, Count> counted = frequencies();
    assertEquals(new Count(2, 1), counted.get("copper"));
    assertEquals(new Count(1, 1), counted.get("cobalt"));
    assertFalse(counted.containsKey("headlineonly"), counted.keySet()::toString);
    assertFalse(counted.containsKey("feedonly"), counted.keySet()::toString);
  }

  private static String unusualRecord(String body, String published, String feed, String head)
      throws IOException {
    ObjectNode record = JSON.createObjectNode();
    ObjectNode story = record.putObject("story");
    story.put("headline", head + " headlineonly");
    story.put("body", body);
    record.putObject("meta").put("published", published).put("lang", "en");
    record.putObject("feed").put("title", feed).put("description", "feedonly news");
    return JSON.writeValueAsString(record);
  }

  @ParameterizedTest(name = "--field {0}")
  @ValueSource(strings = {"colour=x", "text"})
  void aBadFieldMappingIsAUsageErrorNamingTheEntryAndBuildsNoIndex(String mapping)
      throws IOException {
    writeTextFile();

    CliRunner.Run run =
        new CliRunner().run("index", corpus.toString(), "--index", index, "--field", mapping);

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    CliChecks.assertNoStackTrace(run.err());
    List<String> errors =
        CliChecks.lines(run.err()).stream().filter(l -> l.startsWith("error: ")).toList();
    assertEquals(1, errors.size(), run.err());
    assertEquals(errors.get(0), CliChecks.lines(run.err()).get(0), "the error comes first");
    assertTrue(errors.get(0).contains("\"" + mapping + "\""), errors.get(0));
    assertTrue(run.err().contains("Usage: corpus index ["), run.err());
    assertFalse(Files.exists(Path.of(index)), "a refused mapping built an index");
  }

  @Test
  void brokenLinesRowsAndAGzipCutShortAreListedAndTheGoodArticlesAllIndexed() throws IOException {
    writeTextFile();
    writeNewsApiJson();
    Files.writeString(
        corpus.resolve("broken.jsonl"),
        String.join(
            "\n",
            "{\"text\": \"First good line about gas.\", \"date\": \"2023-01-01\"}",
            "{\"text\": \"a string that never ends",
            "{\"text\": \"Third line, good again.\", \"date\": \"2023-01-03\"}",
            "not json at all",
            "{\"text\": \"Fifth line, good.\", \"date\": \"2023-01-05\"}",
            ""));
    Files.writeString(
        corpus.resolve("rows.csv"),
        String.join(
            "\n",
            "title,date,text",
            "One,2023-02-01,\"The first text",
            "runs over two lines.\"",
            "Two,2023-02-02,A row with,one field too many",
            "Three,2023-02-03,The third text.",
            "Four,2023-02-04",
            "Five,2023-02-05,The fifth text.",
            ""));
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 3000; i++) {
      many.append("{\"text\": \"Story ").append(i).append(" of the crawl, about grain.\"}\n");
    }
    byte[] whole = gzip(many.toString());
    Files.write(corpus.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
    byte[] page = gzip("Date: 2023-03-01\n\n" + "A single gzipped article. ".repeat(2000));
    Files.write(corpus.resolve("cut.txt.gz"), Arrays.copyOf(page, page.length - 20));

    JsonNode summary = indexWithNoOptions();

    Map<String, String> skipped = new TreeMap<>();
    for (JsonNode s : summary.get("skipped")) {
      assertEquals(null, skipped.put(s.get("id").asText(), s.get("reason").asText()), "once");
    }
    assertEquals(
        List.of(
            "broken.jsonl#2",
            "broken.jsonl#4",
            "cut.jsonl.gz",
            "cut.txt.gz",
            "rows.csv#2",
            "rows.csv#4"),
        List.copyOf(skipped.keySet()),
        skipped::toString);
    assertTrue(skipped.get("broken.jsonl#2").startsWith("line 2: "), skipped::toString);
    assertTrue(skipped.get("broken.jsonl#4").startsWith("line 4: "), skipped::toString);
    // CSV records and lines differ once a quoted field spans lines.
    assertTrue(skipped.get("rows.csv#2").startsWith("line 4: "), skipped::toString);
    assertTrue(skipped.get("rows.csv#4").startsWith("line 6: "), skipped::toString);
    assertTrue(skipped.get("cut.txt.gz").startsWith("damaged gzip stream"), skipped::toString);
    Matcher cut =
        Pattern.compile("^damaged gzip stream after record (\\d+) ")
            .matcher(skipped.get("cut.jsonl.gz"));
    assertTrue(cut.find(), skipped::toString);
    int kept = Integer.parseInt(cut.group(1));
    assertTrue(kept > 0 && kept < 3000, "records before the damage: " + kept);

    Map<String, JsonNode> docs = documentsById();
    List<String> fromTheCutFile =
        docs.keySet().stream().filter(id -> id.startsWith("cut.jsonl.gz#")).sorted().toList();
    List<String> others =
        docs.keySet().stream().filter(id -> !id.startsWith("cut.jsonl.gz#")).sorted().toList();
    assertEquals(
        List.of(
            "broken.jsonl#1",
            "broken.jsonl#3",
            "broken.jsonl#5",
            "newsapi.json#1",
            "newsapi.json#2",
            "planet.txt",
            "rows.csv#1",
            "rows.csv#3",
            "rows.csv#5"),
        others);
    // Every record before the damage, and only those.
    assertEquals(kept, fromTheCutFile.size());
    for (int i = 1; i <= kept; i++) {
      assertTrue(docs.containsKey("cut.jsonl.gz#" + i), "cut.jsonl.gz#" + i);
    }
    assertEquals(others.size() + kept, summary.get("documents").asInt());
    assertEquals("2023-02-01", text(docs.get("rows.csv#1").get("date")));
    assertEquals(
        words("The first text runs over two lines."), docs.get("rows.csv#1").get("tokens").asInt());
    assertEquals("2023-01-05", text(docs.get("broken.jsonl#5").get("date")));
  }
}

package corpus.cli;

import static corpus.cli.CliChecks.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trilingual corpus as the press writes it: TASS and RIA Novosti in Russian, Xinhua in Chinese, a
 * wire in English. Every count is checked against one made independently from the files' text:
 * Russian forms by a regular expression over the forms of the name, Chinese words by counting the
 * name's characters in sequence.
 */
class LanguagesCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String TASS =
      "МОСКВА, 19 декабря 2023. /ТАСС/. Президент России Владимир Путин провел телефонный"
          + " разговор с председателем КНР. Как сообщили в Кремле, Путин и его коллега обсудили"
          + " экономическое сотрудничество. Пресс-секретарь Путина отметил, что Путину передали"
          + " приглашение посетить Пекин. Встреча с Путиным запланирована на весну, а визит"
          + " Путина в Китай станет уже вторым за год.\n";

  static final String RIA =
      "МОСКВА, 16 мая 2024 — РИА Новости. Переговоры с Путиным в Пекине продлились несколько"
          + " часов, сообщил помощник президента. Стороны подписали совместное заявление о"
          + " партнерстве и стратегическом взаимодействии в новую эпоху, а также обсудили"
          + " ситуацию в регионе и торговлю.\n";

  static final String XINHUA =
      "新华社北京2023年12月19日电 国家主席习近平同俄罗斯总统普京通电话。习近平指出，中俄关系"
          + "保持高水平发展。普京表示，俄方愿同中方加强合作。俄罗斯总理米舒斯京当天在北京同"
          + "国务院总理李强举行会谈。习近平欢迎普京明年访问北京。\n";

  static final String WIRE =
      "date 2023-12-20\nPutin and Xi spoke by telephone\n\nRussian President Vladimir Putin and"
          + " Chinese President Xi Jinping spoke by telephone on Tuesday, the Kremlin said, and"
          + " discussed trade, energy and the situation in the region. Putin is expected in"
          + " Beijing next year.\n";

  @TempDir static Path temp;
  static Path folder;
  static String index;

  @BeforeAll
  static void indexTheFourArticles() throws IOException {
    folder = temp.resolve("news");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("tass.txt"), TASS);
    Files.writeString(folder.resolve("ria.txt"), RIA);
    Files.writeString(folder.resolve("xinhua.txt"), XINHUA);
    Files.writeString(folder.resolve("wire.txt"), WIRE);
    Path dictionary = temp.resolve("names.txt");
    Files.writeString(dictionary, "# names the segmenter splits\n米舒斯京\n");
    index = temp.resolve("index").toString();
    CliRunner.Run run =
        new CliRunner()
            .run(
                "index", folder.toString(), "--index", index, "--user-dict", dictionary.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--format");
    all.add("json");
    CliRunner.Run run = CliChecks.runOn(index, all.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  private static long count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    long found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }

  /** Every form of the name, as written, counted from the text: Путин, Путина, Путину, Путиным. */
  private static final Pattern PUTIN =
      Pattern.compile("(?<![\\p{L}])Путин(а|у|ым|е)?(?![\\p{L}])", Pattern.UNICODE_CASE);

  @Test
  void everyArticleHasItsLanguageAndItsDateFromItsOwnPressStyle() throws IOException {
    Map<String, String> languages = new TreeMap<>();
    Map<String, String> dates = new TreeMap<>();
    for (JsonNode doc : json("docs").get("documents")) {
      languages.put(doc.get("id").asText(), doc.get("language").asText());
      dates.put(
          doc.get("id").asText(), doc.get("date").asText() + " " + doc.get("date_source").asText());
      assertEquals("detected", doc.get("language_origin").asText());
    }
    assertEquals(
        Map.of("ria.txt", "ru", "tass.txt", "ru", "wire.txt", "en", "xinhua.txt", "zh"), languages);
    assertEquals(
        Map.of(
            "ria.txt", "2024-05-16 dateline",
            "tass.txt", "2023-12-19 dateline",
            "wire.txt", "2023-12-20 header",
            "xinhua.txt", "2023-12-19 dateline"),
        dates);

    JsonNode stats = json("stats");
    Map<String, Long> perLanguage = new HashMap<>();
    for (JsonNode language : stats.get("languages")) {
      perLanguage.put(language.get("language").asText(), language.get("documents").asLong());
    }
    assertEquals(Map.of("ru", 2L, "zh", 1L, "en", 1L), perLanguage);
    assertEquals(0, stats.get("without_language").asLong());
  }

  @Test
  void aRussianNameIsFoundInAllItsFormsAndShownAsWritten() throws IOException {
    for (String asked : List.of("путин", "Путина", "ПУТИНЫМ")) {
      JsonNode hits = json("search", asked).get("hits");
      List<String> ids = new ArrayList<>();
      hits.forEach(hit -> ids.add(hit.get("id").asText()));
      ids.sort(null);
      assertEquals(List.of("ria.txt", "tass.txt"), ids, asked);
    }
    JsonNode lines = json("kwic", "путин", "--limit", "0").get("lines");
    long expected = count(PUTIN, TASS) + count(PUTIN, RIA);
    assertEquals(expected, lines.size());
    for (JsonNode line : lines) {
      assertTrue(PUTIN.matcher(line.get("match").asText()).matches(), line.toString());
    }
  }

  @Test
  void anExactFormIsFoundAloneWithForm() throws IOException {
    JsonNode lines = json("kwic", "form:путиным", "--limit", "0").get("lines");
    assertEquals(
        count(Pattern.compile("Путиным"), TASS + RIA), lines.size(), "the form Путиным alone");
    for (JsonNode line : lines) {
      assertEquals("Путиным", line.get("match").asText());
    }
    JsonNode hits = json("search", "form:путиным").get("hits");
    assertEquals(2, hits.size());
    assertEquals(1, json("search", "form:путину").get("hits").size());
    // In an article whose words are indexed as written, form: is the word itself.
    assertEquals(1, json("search", "form:putin").get("hits").size());
  }

  @Test
  void freqCountsTheFormsOfAWordAsOneRowShownByItsMostFrequentForm() throws IOException {
    JsonNode rows = json("freq", "--language", "ru", "--top", "0").get("tables").get(0).get("rows");
    JsonNode putin = null;
    for (JsonNode row : rows) {
      for (JsonNode form : row.get("forms")) {
        if (form.get("form").asText().equals("путиным")) {
          putin = row;
        }
      }
    }
    assertTrue(putin != null, "no row holds the form путиным: " + rows);
    long expected = count(PUTIN, TASS + RIA);
    assertEquals(expected, putin.get("count").asLong());
    // Shown by the form written most often, each form counted from the text.
    Map<String, Long> forms = new HashMap<>();
    Matcher each = PUTIN.matcher(TASS + RIA);
    while (each.find()) {
      forms.merge(each.group().toLowerCase(Locale.ROOT), 1L, Long::sum);
    }
    Map<String, Long> listed = new HashMap<>();
    for (JsonNode form : putin.get("forms")) {
      listed.put(form.get("form").asText(), form.get("count").asLong());
    }
    assertEquals(forms, listed);
    long most = forms.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    assertEquals(most, forms.get(putin.get("term").asText()));
  }

  @Test
  void chineseNamesAreWordsNeverCharactersOfOtherWords() throws IOException {
    Map<String, Long> counted = new HashMap<>();
    for (JsonNode row :
        json("freq", "--language", "zh", "--top", "0", "--keep-stopwords")
            .get("tables")
            .get(0)
            .get("rows")) {
      counted.put(row.get("term").asText(), row.get("count").asLong());
    }
    for (String name : List.of("习近平", "普京", "米舒斯京", "北京")) {
      assertEquals(count(Pattern.compile(name), XINHUA), counted.get(name), name);
    }
    assertTrue(
        counted.keySet().stream().noneMatch(term -> term.matches(".*\\p{IsCyrillic}.*")),
        "--language zh counts the Chinese article alone: " + counted.keySet());
    for (String piece : List.of("习", "京", "斯", "，", "。")) {
      assertEquals(null, counted.get(piece), piece + " is no word here");
    }
    JsonNode lines = json("kwic", "普京", "--limit", "0").get("lines");
    assertEquals(count(Pattern.compile("普京"), XINHUA), lines.size());
    for (JsonNode line : lines) {
      assertEquals("普京", line.get("match").asText());
      // Context is the text as written: no spaces invented between characters.
      String shown = line.get("left").asText() + "普京" + line.get("right").asText();
      assertTrue(XINHUA.replaceAll("\\s+", " ").contains(shown), shown);
    }
    assertEquals(0, json("kwic", "京", "--limit", "0").get("lines").size());
    assertEquals(1, json("search", "米舒斯京").get("hits").size());
  }

  @Test
  void collocatesOfARussianNameCountEveryFormAndShowWordsAsWritten() throws IOException {
    JsonNode table =
        json("collocates", "путин", "--min-count", "1", "--top", "0").get("tables").get(0);
    assertEquals(count(PUTIN, TASS + RIA), table.get("node_frequency").asLong());
    String written = (TASS + RIA).toLowerCase(Locale.ROOT).replace('ё', 'е');
    for (JsonNode row : table.get("rows")) {
      String collocate = row.get("collocate").asText();
      assertTrue(
          Pattern.compile("(?<!\\p{L})" + Pattern.quote(collocate) + "(?!\\p{L})")
              .matcher(written)
              .find(),
          "a collocate is shown as a word of the text: " + collocate);
    }
  }

  @Test
  void oneQueryFindsAWordInEveryLanguageAndLanguageNarrowsIt() throws IOException {
    assertEquals(4, json("docs").get("documents").size());
    assertEquals(2, json("docs", "--language", "ru").get("documents").size());
    assertEquals(3, json("docs", "--language", "RU", "--language", "zh").get("documents").size());
    // The Latin name is in the English wire; the Chinese in Xinhua; both as one query.
    assertEquals(2, json("search", "putin OR 普京").get("total_hits").asInt());
    assertEquals(1, json("search", "putin OR 普京", "--language", "zh").get("total_hits").asInt());
    JsonNode trend = json("trend", "путин", "--by", "year").get("series").get(0);
    assertEquals(count(PUTIN, TASS + RIA), trend.get("total").asLong());
  }

  @Test
  void anArticleOfUnknownLanguageIsInNoLanguage(@TempDir Path own) throws IOException {
    Path news = own.resolve("news");
    Files.createDirectories(news);
    Files.writeString(news.resolve("wire.txt"), WIRE);
    Files.writeString(news.resolve("scores.txt"), "date 2024-01-02\n\n3:1 2:2 0:4\n");
    String ownIndex = own.resolve("index").toString();
    assertEquals(0, new CliRunner().run("index", news.toString(), "--index", ownIndex).exitCode());
    CliRunner.Run english =
        CliChecks.runOn(ownIndex, "docs", "--language", "en", "--format", "json");
    // It was an unexpected NullPointerException: the set of codes asked for was asked for null.
    assertEquals(0, english.exitCode(), english.err());
    JsonNode documents = JSON.readTree(english.out()).get("documents");
    assertEquals(1, documents.size(), documents.toString());
    assertEquals("wire.txt", documents.get(0).get("id").asText());
  }

  @Test
  void aLanguageNoArticleHasOrThatIsNoCodeIsAnError() {
    CliRunner.Run missing = CliChecks.runOn(index, "search", "putin", "--language", "fr");
    assertNotEquals(0, missing.exitCode());
    assertTrue(assertOneErrorLine(missing).contains("'fr'"), missing.err());

    // A usage error: its line, then the usage.
    CliRunner.Run name = CliChecks.runOn(index, "stats", "--language", "russian");
    assertEquals(2, name.exitCode());
    assertTrue(name.err().startsWith("error: ") && name.err().contains("two-letter"), name.err());
  }

  @Test
  void aBadUserDictionaryIsAnErrorAndTheIndexIsUntouched() throws IOException {
    Path bad = temp.resolve("bad.txt");
    Files.writeString(bad, "米舒斯京\nnot a word!\n");
    CliRunner.Run run =
        new CliRunner()
            .run("index", folder.toString(), "--index", index, "--user-dict", bad.toString());
    assertEquals(2, run.exitCode());
    CliChecks.assertNoStackTrace(run.err());
    assertTrue(run.err().startsWith("error: ") && run.err().contains("bad.txt:2"), run.err());
    assertEquals(1, json("search", "米舒斯京").get("hits").size(), "the index keeps its dictionary");
  }

  private static Map<String, Long> chineseWords(String index) throws IOException {
    CliRunner.Run run =
        CliChecks.runOn(
            index,
            "freq",
            "--language",
            "zh",
            "--top",
            "0",
            "--keep-stopwords",
            "--format",
            "json");
    assertEquals(0, run.exitCode(), run.err());
    Map<String, Long> counted = new HashMap<>();
    for (JsonNode row : JSON.readTree(run.out()).get("tables").get(0).get("rows")) {
      counted.put(row.get("term").asText(), row.get("count").asLong());
    }
    return counted;
  }

  private static JsonNode indexRun(String index, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("index", folder.toString(), "--index", index, "--format", "json"));
    args.addAll(List.of(more));
    CliRunner.Run run = new CliRunner().run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void theIndexKeepsItsUserDictionaryAndAnotherOneSegmentsChineseAgain(@TempDir Path own)
      throws IOException {
    String fresh = own.resolve("index").toString();
    indexRun(fresh);
    assertEquals(null, chineseWords(fresh).get("米舒斯京"), "split without the dictionary");

    Path dictionary = own.resolve("names.txt");
    Files.writeString(dictionary, "\uFEFF米舒斯京\n");
    JsonNode again = indexRun(fresh, "--user-dict", dictionary.toString());
    assertEquals(1, again.get("updated").asLong(), "another dictionary: the Chinese article again");
    assertEquals(3, again.get("unchanged").asLong());
    assertEquals(count(Pattern.compile("米舒斯京"), XINHUA), chineseWords(fresh).get("米舒斯京"));

    JsonNode kept = indexRun(fresh);
    assertEquals(4, kept.get("unchanged").asLong(), "no --user-dict: the index keeps its own");
    assertEquals(count(Pattern.compile("米舒斯京"), XINHUA), chineseWords(fresh).get("米舒斯京"));
  }
}

package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import corpus.load.lang.Passages;
import corpus.load.records.FieldMapping;
import corpus.load.records.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which language an article is given, and where it was found. */
class ArticleLanguageTest {

  @TempDir Path folder;

  private SourceFile write(String name, String text) throws IOException {
    Path file = Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    return new SourceFile(file, name, Files.size(file), Files.getLastModifiedTime(file).toMillis());
  }

  private static List<Article> articles(ArticleReader reader, SourceFile file) {
    List<Article> articles = new ArrayList<>();
    reader.readAll(
        file,
        outcome ->
            articles.add(
                assertInstanceOf(LoadOutcome.Loaded.class, outcome, outcome::toString).article()));
    return articles;
  }

  private static Article only(ArticleReader reader, SourceFile file) {
    List<Article> articles = articles(reader, file);
    assertEquals(1, articles.size());
    return articles.get(0);
  }

  private static void assertLanguage(String code, LanguageOrigin origin, Article article) {
    assertEquals(code, article.language(), article.id());
    assertEquals(origin, article.languageOrigin(), article.id());
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void aTextFilesLanguageIsDetected() throws IOException {
    ArticleReader reader = new ArticleReader();
    assertLanguage(
        "ru", LanguageOrigin.DETECTED, only(reader, write("ru.txt", Passages.RU + "\n")));
    assertLanguage(
        "zh", LanguageOrigin.DETECTED, only(reader, write("zh.txt", Passages.ZH_HANT + "\n")));
    assertLanguage(
        "de", LanguageOrigin.DETECTED, only(reader, write("de.txt", Passages.DE + "\n")));
  }

  @Test
  void aTextWithTooFewLettersHasNoLanguage() throws IOException {
    Article article = only(new ArticleReader(), write("figures.txt", "Q3: 12.5 %, 13.1 %\n"));
    assertLanguage(null, null, article);
  }

  @Test
  void aRecordsLangFieldIsItsLanguage() throws IOException {
    SourceFile file =
        write(
            "news.jsonl",
            "{\"lang\": \"ru-RU\", \"text\": "
                + json(Passages.RU)
                + "}\n"
                + "{\"language\": \"Chinese\", \"text\": "
                + json(Passages.ZH_HANS)
                + "}\n"
                + "{\"text\": "
                + json(Passages.FR)
                + "}\n");
    List<Article> articles = articles(new ArticleReader(), file);
    assertLanguage("ru", LanguageOrigin.FIELD, articles.get(0));
    assertLanguage("zh", LanguageOrigin.FIELD, articles.get(1));
    assertLanguage("fr", LanguageOrigin.DETECTED, articles.get(2));
  }

  @Test
  void aDeclaredLanguageWinsOverTheTexts() throws IOException {
    // Mislabelled on purpose: what the record says is what it gets.
    SourceFile file =
        write("mislabelled.jsonl", "{\"lang\": \"en\", \"text\": " + json(Passages.RU) + "}\n");
    assertLanguage("en", LanguageOrigin.FIELD, only(new ArticleReader(), file));
  }

  @Test
  void aDeclaredValueThatIsNoLanguageIsPassedOverForDetection() throws IOException {
    SourceFile file =
        write(
            "und.csv",
            "language,text\n"
                + "und,\""
                + Passages.IT
                + "\"\n"
                + "Klingon,\""
                + Passages.ES
                + "\"\n");
    List<Article> articles = articles(new ArticleReader(), file);
    assertLanguage("it", LanguageOrigin.DETECTED, articles.get(0));
    assertLanguage("es", LanguageOrigin.DETECTED, articles.get(1));
  }

  @Test
  void theLanguageFieldCanBeNamed() throws IOException {
    SourceFile file =
        write(
            "named.jsonl",
            "{\"meta\": {\"locale\": \"pl_PL\"}, \"lang\": \"en\", \"text\": "
                + json(Passages.PL)
                + "}\n");
    ArticleReader reader = new ArticleReader(FieldMapping.parse(List.of("language=meta.locale")));
    List<Article> articles = new ArrayList<>();
    var fields =
        reader.readAll(file, outcome -> articles.add(((LoadOutcome.Loaded) outcome).article()));
    assertLanguage("pl", LanguageOrigin.FIELD, articles.get(0));
    assertEquals(Set.of("meta.locale"), Set.copyOf(fields.byRole().get(Role.LANGUAGE.label())));
  }

  @Test
  void aPagesHtmlLangIsItsLanguage() throws IOException {
    SourceFile file = write("ru.html", page("ru", Passages.RU));
    assertLanguage("ru", LanguageOrigin.HTML, only(new ArticleReader(), file));
  }

  @Test
  void aPagesHtmlLangWinsOverItsText() throws IOException {
    SourceFile file = write("zh.html", page("zh-Hant-TW", Passages.EN));
    assertLanguage("zh", LanguageOrigin.HTML, only(new ArticleReader(), file));
  }

  @Test
  void aPageWithoutLangIsDetected() throws IOException {
    SourceFile file = write("nl.html", page(null, Passages.NL));
    assertLanguage("nl", LanguageOrigin.DETECTED, only(new ArticleReader(), file));
  }

  @Test
  void aPageWithoutLangMayDeclareItInItsMetadata() throws IOException {
    String locale =
        page(null, Passages.DE)
            .replace("<head>", "<head><meta property=\"og:locale\" content=\"de_DE\">");
    assertLanguage("de", LanguageOrigin.HTML, only(new ArticleReader(), write("de.html", locale)));
    String header =
        page(null, Passages.FR)
            .replace("<head>", "<head><meta http-equiv=\"Content-Language\" content=\"fr\">");
    assertLanguage("fr", LanguageOrigin.HTML, only(new ArticleReader(), write("fr.html", header)));
  }

  private static String page(String lang, String paragraph) {
    return "<!DOCTYPE html>\n<html"
        + (lang == null ? "" : " lang=\"" + lang + "\"")
        + "><head><meta charset=\"utf-8\"><title>News</title></head><body><article><h1>News</h1>"
        + "<p>"
        + paragraph
        + "</p></article></body></html>\n";
  }
}

package corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.load.ArticleReader;
import corpus.load.LoadOutcome;
import corpus.load.SourceFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page in the legacy charset it declares is read in that charset, not guessed as Latin. */
class DeclaredCharsetPageTest {
  @TempDir Path temp;

  @Test
  void aWindows1251PageIsReadAsItsMetaCharsetSays() throws Exception {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            + "<title>Путин и Си</title></head><body><article><h1>Путин и Си</h1>"
            + "<p>Президент России Владимир Путин встретился с Си Цзиньпином.</p>"
            + "</article></body></html>";
    Path file = temp.resolve("page.html");
    Files.write(file, page.getBytes(Charset.forName("windows-1251")));

    LoadOutcome outcome =
        new ArticleReader().read(new SourceFile(file, "page.html", Files.size(file), 0));

    var article = ((LoadOutcome.Loaded) outcome).article();
    assertEquals("windows-1251", article.encoding());
    assertTrue(article.text().contains("Владимир Путин встретился"), article.text());
    assertEquals("Путин и Си", article.title());
  }

  @Test
  void theDeclarationIsFoundInEitherFormAndAnUnknownOneIsIgnored() {
    assertEquals(
        Optional.of(Charset.forName("KOI8-R")),
        DeclaredCharset.of("<head><meta charset='koi8-r'>".getBytes()));
    assertEquals(Optional.empty(), DeclaredCharset.of("<meta charset=\"no-such-set\">".getBytes()));
    assertEquals(Optional.empty(), DeclaredCharset.of("<p>charset=koi8-r</p>".getBytes()));
  }
}

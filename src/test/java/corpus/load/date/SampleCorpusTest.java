package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real articles bundled in {@code corpus/}, with their stray spaces and odd punctuation. */
class SampleCorpusTest {

  /** Surefire points this at the bundled folder; the fallback serves runs from the project root. */
  private static final Path BUNDLED = Path.of(System.getProperty("corpus.bundled", "corpus"));

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          000_84b4a583cfa63b36.txt | 2024-08-22 | HEADER   | 'BEIJING, August 22. /TASS/. Top officials'
          001_ee88259147e164c6.txt | 2023-12-18 | HEADER   | 'Russian-Chinese relations are capable'
          002_c875a1d97ea579fb.txt | 2023-05-24 | TEXT     | 'Western pressure is strengthening'
          003_f8752eb3a4b8d1d5.txt | 2022-09-17 | DATELINE | 'BEIJING, Sept. 17, 2022 /PRNewswire/'
          004_f60bba1b06e20418.txt |            |          | 'Russian President Vladimir Putin'
          """)
  void datesTheBundledArticles(String file, LocalDate date, DateSource source, String bodyStart)
      throws IOException {
    String text = Files.readString(BUNDLED.resolve(file), StandardCharsets.UTF_8);
    DatedText dated = new DateExtractor().extract(file, text);
    assertEquals(date, dated.date());
    assertEquals(source, dated.source());
    assertTrue(
        dated.body().startsWith(bodyStart), () -> "body starts: " + dated.body().substring(0, 60));
    assertEquals(null, dated.headerTitle());
    if (source != DateSource.HEADER) {
      assertEquals(text, dated.body());
    }
  }
}

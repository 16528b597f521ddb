package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameRuleTest {

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-08-22_title.txt                 | 2024-08-22
          20240822-title.txt                   | 2024-08-22
          2024_08_22 title.txt                 | 2024-08-22
          reuters-2024-08-22.txt               | 2024-08-22
          2024.08.22.txt                       | 2024-08-22
          2024-8-2 short.txt                   | 2024-08-02
          news/tass/2024-08-22_title.txt       | 2024-08-22
          2024-08-22-01.txt                    | 2024-08-22
          20240822T1030.txt                    | 2024-08-22
          2024-08-22T10-30-00.txt              | 2024-08-22
          story-2024-02-29.txt                 | 2024-02-29
          2024-02-30_then_2024-03-01.txt       | 2024-03-01
          26-Feb-1987.txt                      | 1987-02-26
          September 17, 2022 - talks.txt       | 2022-09-17
          2024/08/22/story.txt                 | 2024-08-22
          archive/2024/8/2/story.txt           | 2024-08-02
          2024/08/22/000_84b4a583cfa63b36.txt  | 2024-08-22
          2024-08-22/story.txt                 | 2024-08-22
          2023-01-01/2024-08-22/story.txt      | 2024-08-22
          2023-01-01/2024/08/22/story.txt      | 2024-08-22
          2023-01-01/20240822.txt              | 2024-08-22
          """)
  void findsTheDateInThePath(String relativePath, LocalDate expected) {
    assertEquals(Optional.of(expected), FileNameRule.dateInPath(relativePath));
  }

  @ParameterizedTest(name = "[{index}] no date in {0}")
  @ValueSource(
      strings = {
        "000_84b4a583cfa63b36.txt",
        "001_ee88259147e164c6.txt",
        "a20230512b.txt",
        "a2023-05-12.txt",
        "2024-08-22x.txt",
        "2024-02-30_title.txt",
        "2023-02-29.txt",
        "20230229.txt",
        "12345678.txt",
        "202408221.txt",
        "2024082.txt",
        "2024-0822.txt",
        "2024-08_22.txt",
        "09-17-2022.txt",
        "2024/02/30/story.txt",
        "2024/08/story.txt",
        "12024/08/22/story.txt",
        "99991231.txt",
        "story.txt",
        "",
        "/",
        "a//b/"
      })
  void findsNoDate(String relativePath) {
    assertEquals(Optional.empty(), FileNameRule.dateInPath(relativePath));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2024-08-22_title.txt", "2024/08/22/story.txt"})
  void keepsTheBodyAndReportsTheRule(String relativePath) {
    String text = "Plain text without a date.";
    DatedText dated = new DateExtractor().extract(relativePath, text);
    assertEquals(LocalDate.of(2024, 8, 22), dated.date());
    assertEquals(DateSource.FILENAME, dated.source());
    assertSame(text, dated.body());
  }
}

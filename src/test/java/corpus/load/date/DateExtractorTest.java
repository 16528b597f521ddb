package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateExtractorTest {

  private final DateExtractor extractor = new DateExtractor();

  private static final String HEADER = "date 2024-08-22 ";
  private static final String DATELINE =
      "BEIJING, Sept. 17, 2022 /PRNewswire/ \u2014 On the afternoon";
  private static final String MENTION = " of 5 March 2021 the talks went on.";

  static Stream<Arguments> precedence() {
    return Stream.of(
        Arguments.of(
            "2021-01-01_x.txt", HEADER + DATELINE + MENTION, "2024-08-22", DateSource.HEADER),
        Arguments.of("2021-01-01_x.txt", DATELINE + MENTION, "2021-01-01", DateSource.FILENAME),
        Arguments.of("x.txt", DATELINE + MENTION, "2022-09-17", DateSource.DATELINE),
        Arguments.of("x.txt", "Talks" + MENTION, "2021-03-05", DateSource.TEXT),
        // the dateline wins over an earlier date in a headline above it
        Arguments.of(
            "x.txt", "Talks" + MENTION + "\n" + DATELINE, "2022-09-17", DateSource.DATELINE),
        // a rule that finds only an impossible date gives way to the next one
        Arguments.of(
            "2021-01-01_x.txt", "date 2024-02-30 " + DATELINE, "2021-01-01", DateSource.FILENAME),
        Arguments.of("2021-02-30_x.txt", DATELINE, "2022-09-17", DateSource.DATELINE),
        Arguments.of(
            "x.txt",
            "BEIJING, Sept. 31, 2022 (Xinhua) -- said on 5 March 2021",
            "2021-03-05",
            DateSource.TEXT),
        Arguments.of(
            "2021-01-01_x.txt",
            "Title: T\nSource: S\n\n" + DATELINE,
            "2021-01-01",
            DateSource.FILENAME));
  }

  @ParameterizedTest(name = "[{index}] {3}")
  @MethodSource("precedence")
  void triesHeaderThenFileNameThenDatelineThenText(
      String relativePath, String text, LocalDate date, DateSource source) {
    DatedText dated = extractor.extract(relativePath, text);
    assertEquals(date, dated.date());
    assertEquals(source, dated.source());
    String expectedBody = source == DateSource.HEADER ? text.substring(HEADER.length()) : text;
    assertEquals(expectedBody, dated.body());
  }

  @Test
  void leavesAnUndatedTextAsItIs() {
    String text = "In 2024, on Wednesday, August 22, nothing had a year.";
    DatedText dated = extractor.extract("notes/readme.txt", text);
    assertEquals(null, dated.date());
    assertEquals(null, dated.source());
    assertEquals(null, dated.headerTitle());
    assertSame(text, dated.body());
  }

  @Test
  void handlesEmptyText() {
    DatedText dated = extractor.extract("", "");
    assertEquals(new DatedText("", null, null, null), dated);
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> extractor.extract(null, "text"));
    assertThrows(NullPointerException.class, () -> extractor.extract("x.txt", null));
  }

  @Test
  void datesAHugeTextWhenTheDateIsNearTheStart() {
    String text = "Talks on 17 Sep 2022 went on." + " and on".repeat(30_000_000 / 7);
    DatedText dated = extractor.extract("x.txt", text);
    assertEquals(LocalDate.of(2022, 9, 17), dated.date());
    assertEquals(DateSource.TEXT, dated.source());
  }

  @Test
  void readsAHugeUndatedTextAsUndated() {
    String text = "Title: x\n".repeat(1_000) + "word 17 Sep, ".repeat(30_000_000 / 13);
    DatedText dated = extractor.extract("x.txt", text);
    assertEquals(null, dated.date());
  }

  @Test
  void removesAHeaderFromAHugeText() {
    String text = " date 2024-08-22 " + "x".repeat(30_000_000);
    DatedText dated = extractor.extract("x.txt", text);
    assertEquals(LocalDate.of(2024, 8, 22), dated.date());
    assertEquals(30_000_000, dated.body().length());
  }
}

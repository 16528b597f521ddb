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

  static Stream<Arguments> russianAndChinese() {
    return Stream.of(
        // a year-less dateline gives no date: the first complete date in the text does
        Arguments.of(
            "МОСКВА, 19 декабря. /ТАСС/. Договор от 5 марта 2021 года продлён.",
            "2021-03-05",
            DateSource.TEXT),
        Arguments.of("新华社北京12月19日电 双方于2021年3月5日签署协议。", "2021-03-05", DateSource.TEXT),
        Arguments.of("МОСКВА, 19 декабря. /ТАСС/. Президент России", null, null),
        Arguments.of("新华社北京12月19日电（记者 王小明）国务院总理", null, null),
        // a dated dateline beats an earlier mention in the headline
        Arguments.of(
            "Итоги 5 марта 2021 года\nМОСКВА, 19 декабря 2023. /ТАСС/. Текст",
            "2023-12-19",
            DateSource.DATELINE),
        Arguments.of("2021年3月5日协议续签\n新华社北京2023年12月19日电 正文", "2023-12-19", DateSource.DATELINE),
        // a header beats the dateline
        Arguments.of(
            "Опубликовано: 20 декабря 2023\n\nМОСКВА, 19 декабря 2023. /ТАСС/. Текст",
            "2023-12-20",
            DateSource.HEADER),
        Arguments.of(
            "发布时间：2023-12-20 08:00\n\n新华社北京2023年12月19日电 正文", "2023-12-20", DateSource.HEADER),
        // an invalid Chinese date is skipped, the next one is taken
        Arguments.of("会议原定二〇二三年二月三十日举行，二〇二三年三月一日闭幕。", "2023-03-01", DateSource.TEXT),
        // other languages in running text
        Arguments.of("Am 8. Mai 1945 endete der Krieg in Europa.", "1945-05-08", DateSource.TEXT),
        Arguments.of("El 17 de marzo de 1615 se publicó.", "1615-03-17", DateSource.TEXT),
        Arguments.of("Suomi itsenäistyi 6. joulukuuta 1917.", "1917-12-06", DateSource.TEXT));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("russianAndChinese")
  void datesRussianAndChineseArticlesByTheSameRules(
      String text, LocalDate date, DateSource source) {
    DatedText dated = extractor.extract("x.txt", text);
    assertEquals(date, dated.date());
    assertEquals(source, dated.source());
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

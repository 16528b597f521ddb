package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeaderRuleTest {

  private final DateExtractor extractor = new DateExtractor();

  static Stream<Arguments> headers() {
    return Stream.of(
        // the scraped TASS shape: keyword, date, and the article going on along the same line
        Arguments.of(
            " date 2024-08-22 BEIJING, August 22. /TASS/. Top officials...",
            "2024-08-22",
            "BEIJING, August 22. /TASS/. Top officials...",
            null),
        Arguments.of("DATE 2024-08-22 Body", "2024-08-22", "Body", null),
        Arguments.of("Date 17 September 2022\n\nBody", "2022-09-17", "Body", null),
        Arguments.of("\n\n  date:2024-08-22\tBody", "2024-08-22", "Body", null),
        Arguments.of(
            "Date: 2024-08-22 BEIJING, August 22.", "2024-08-22", "BEIJING, August 22.", null),
        Arguments.of("date 2024-08-22", "2024-08-22", "", null),
        // Key: value lines, any case, any date form, an optional time and zone
        Arguments.of(
            "Date: Mon, 17 Sep 2022 10:00:00 +0000\n\nBody text", "2022-09-17", "Body text", null),
        Arguments.of("Published: 2022-09-17T08:30:00Z\nBody line", "2022-09-17", "Body line", null),
        Arguments.of("PUBLISHED: Sept. 17, 2022\n\nB", "2022-09-17", "B", null),
        Arguments.of("published : 17th of September, 2022\n\nB", "2022-09-17", "B", null),
        Arguments.of("Updated: 26-FEB-1987 15:01:01.79\n\nB", "1987-02-26", "B", null),
        Arguments.of("date: 17.09.2022\n\nB", "2022-09-17", "B", null),
        Arguments.of("Updated: 2022-09-18\nTitle: T\n\nBody", "2022-09-18", "Body", "T"),
        // a whole header block goes, and its title is kept
        Arguments.of(
            "Title: Talks in Beijing\nSource: TASS\nAuthor: Ivan Petrov\nURL: https://tass.com/x\n"
                + "Published: 2022-09-17T23:30:00-05:00\n\nBody.",
            "2022-09-17",
            "Body.",
            "Talks in Beijing"),
        Arguments.of(
            "Title:   Spaced title  \nDate: 2022-09-17\nFirst line of the article.",
            "2022-09-17",
            "First line of the article.",
            "Spaced title"),
        Arguments.of("Title:\nDate: 2022-09-17\n\nB", "2022-09-17", "B", null),
        Arguments.of("Title: T\r\nDate: 2022-09-17\r\n\r\nBody\r\n", "2022-09-17", "Body\r\n", "T"),
        Arguments.of(
            "TITLE: Upper: case\nPUBLISHED: 2022-09-17\n\nB", "2022-09-17", "B", "Upper: case"),
        // Published is preferred over Date, Date over Updated, wherever they stand
        Arguments.of(
            "Updated: 2022-09-20\nDate: 2022-09-18\nPublished: 2022-09-17\n\nB",
            "2022-09-17",
            "B",
            null),
        Arguments.of("Updated: 2022-09-20\nDate: 2022-09-18\n\nB", "2022-09-18", "B", null),
        Arguments.of("Published: soon\nDate: 2022-09-18\n\nB", "2022-09-18", "B", null),
        Arguments.of("Published: 2022-02-30\nUpdated: 2022-09-20\n\nB", "2022-09-20", "B", null),
        // a zone never moves the date to another day
        Arguments.of("Date: 2022-09-17T00:30:00+14:00\n\nB", "2022-09-17", "B", null),
        Arguments.of("Date: 2022-09-17T23:59:59-12:00\n\nB", "2022-09-17", "B", null),
        Arguments.of("Date: Sat, 17 Sep 2022 23:30 EST\n\nB", "2022-09-17", "B", null),
        // the leap day exists in 2024
        Arguments.of("date 2024-02-29 B", "2024-02-29", "B", null),
        // Russian labels, Russian dates
        Arguments.of(
            "Заголовок: Путин провёл переговоры с Си Цзиньпином\nИсточник: ТАСС\n"
                + "Опубликовано: 19 декабря 2023, 10:31\n\nМОСКВА, 19 декабря. /ТАСС/. Президент",
            "2023-12-19",
            "МОСКВА, 19 декабря. /ТАСС/. Президент",
            "Путин провёл переговоры с Си Цзиньпином"),
        Arguments.of("Дата: 19.12.2023\n\nТекст статьи.", "2023-12-19", "Текст статьи.", null),
        Arguments.of("ДАТА: 19 дек. 2023 г.\n\nТекст.", "2023-12-19", "Текст.", null),
        Arguments.of(
            "Обновлено: 20 декабря 2023 года\nОпубликовано: 19 декабря 2023 года\n\nТекст.",
            "2023-12-19",
            "Текст.",
            null),
        Arguments.of(
            "Обновлено: 20 декабря 2023\nДата: 18 декабря 2023\n\nТекст.",
            "2023-12-18",
            "Текст.",
            null),
        Arguments.of("Обновлено: 20 декабря 2023\n\nТекст.", "2023-12-20", "Текст.", null),
        Arguments.of(
            "Дата: 2023-12-19 МОСКВА, 19 декабря. /ТАСС/.",
            "2023-12-19",
            "МОСКВА, 19 декабря. /ТАСС/.",
            null),
        // Chinese labels, full-width or ASCII colon, Chinese dates
        Arguments.of(
            "标题：中俄总理举行第二十八次定期会晤\n来源：新华社\n发布时间：2023-12-19 10:31:00\n\n正文。",
            "2023-12-19",
            "正文。",
            "中俄总理举行第二十八次定期会晤"),
        Arguments.of("日期：2023年12月19日\n\n正文。", "2023-12-19", "正文。", null),
        Arguments.of("日期:２０２２年９月１５日\n\n正文。", "2022-09-15", "正文。", null),
        Arguments.of("时间：2023-12-19 10:31\n\n正文。", "2023-12-19", "正文。", null),
        Arguments.of(
            "更新时间：2023-12-20 08:00\n发布时间：2023-12-19 10:31:00\n\n正文。", "2023-12-19", "正文。", null),
        Arguments.of("更新时间：2023-12-20 08:00\n日期：2023-12-18\n\n正文。", "2023-12-18", "正文。", null),
        // the inline shape: a date, then the rest of the line (another field) stays in the body
        Arguments.of(
            "发布时间：2023-12-19 10:31:00　来源：新华网\n新华社北京12月19日电",
            "2023-12-19",
            "来源：新华网\n新华社北京12月19日电",
            null),
        Arguments.of("发布时间：2023年12月19日10:31 正文。", "2023-12-19", "正文。", null));
  }

  @ParameterizedTest(name = "[{index}] header → {1}")
  @MethodSource("headers")
  void readsAndRemovesTheHeader(String text, LocalDate date, String body, String title) {
    DatedText dated = extractor.extract("story.txt", text);
    assertEquals(date, dated.date());
    assertEquals(DateSource.HEADER, dated.source());
    assertEquals(body, dated.body());
    assertEquals(title, dated.headerTitle());
  }

  static Stream<Arguments> notHeaders() {
    return Stream.of(
        // a block without a readable date stays in the body; later rules still run
        Arguments.of(
            "Title: X\nSource: Y\n\nOn 17 Sep 2022 it began.", "2022-09-17", DateSource.TEXT),
        Arguments.of("Date: 2024-02-30\n\nBody", null, null),
        Arguments.of("Date: 2023-02-29\n\nBody", null, null),
        Arguments.of("Date: tomorrow\n\nBody", null, null),
        Arguments.of("Date: August 22\n\nBody", null, null),
        Arguments.of("Date: 09/17/2022\n\nBody", null, null),
        Arguments.of("date 2024-02-30 Body", null, null),
        Arguments.of("date 2024-08-22x Body", null, null),
        // other keys, other words and other places are not headers
        Arguments.of("dated 2024-08-22 Body", "2024-08-22", DateSource.TEXT),
        Arguments.of("Created: 2024-08-22\n\nBody", "2024-08-22", DateSource.TEXT),
        Arguments.of("the date 2024-08-22 Body", "2024-08-22", DateSource.TEXT),
        Arguments.of("Intro line\nDate: 2022-09-17\n\nBody", "2022-09-17", DateSource.TEXT),
        Arguments.of("Title: X\n\nDate: 2022-09-17\n\nBody", "2022-09-17", DateSource.TEXT),
        Arguments.of(
            "Title: X\nNot a field\nDate: 2022-09-17\n\nBody", "2022-09-17", DateSource.TEXT),
        Arguments.of(
            "Key with four words: 1\nDate: 2022-09-17\n\nB", "2022-09-17", DateSource.TEXT),
        // Russian and Chinese labels without a date, or with an impossible one
        Arguments.of("Дата: 19 декабря\n\nТекст.", null, null),
        Arguments.of("Опубликовано: 30 февраля 2024\n\nТекст.", null, null),
        Arguments.of("日期：12月19日\n\n正文。", null, null),
        Arguments.of("日期：二〇二三年二月三十日\n\n正文。", null, null),
        Arguments.of("时间线：2023年12月19日\n\n正文。", "2023-12-19", DateSource.TEXT),
        // a date that does not fill its value in a block of several fields: the block stays
        Arguments.of(
            "Published: 2022-09-17 by J. Doe\nTitle: T\n\nB", "2022-09-17", DateSource.TEXT));
  }

  @ParameterizedTest(name = "[{index}] not a header → {2}")
  @MethodSource("notHeaders")
  void leavesTheTextAloneWithoutAValidHeader(String text, LocalDate date, DateSource source) {
    DatedText dated = extractor.extract("story.txt", text);
    assertEquals(date, dated.date());
    assertEquals(source, dated.source());
    assertSame(text, dated.body());
    assertEquals(null, dated.headerTitle());
  }
}

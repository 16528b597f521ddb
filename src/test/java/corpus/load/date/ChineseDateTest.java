package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Chinese 年月日 dates as {@link DateParser} reads them, alone and in running text. */
class ChineseDateTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Arabic digits, ASCII and full-width
          2023年12月19日                  | 2023-12-19
          2023年1月5日                    | 2023-01-05
          2023年01月05日                  | 2023-01-05
          ２０２２年９月１５日            | 2022-09-15
          ２０２２年１２月３１日          | 2022-12-31
          2023 年 12 月 19 日             | 2023-12-19
          2024年2月29日                   | 2024-02-29
          # a time after the day, glued or after a space
          2023年12月19日10:31             | 2023-12-19
          2023年12月19日 10:31:00         | 2023-12-19
          2023年12月19日10时31分          | 2023-12-19
          # Chinese numerals, zero as 〇, ○ or 零
          二〇二三年三月二十一日          | 2023-03-21
          二○二三年三月二十一日           | 2023-03-21
          二零二三年十二月十九日           | 2023-12-19
          一九四九年十月一日              | 1949-10-01
          二〇二三年十一月十日            | 2023-11-10
          二〇二三年十二月三十一日        | 2023-12-31
          二〇二四年二月二十九日          | 2024-02-29
          二〇〇八年八月八日              | 2008-08-08
          """)
  void readsEveryForm(String whole, LocalDate expected) {
    assertEquals(Optional.of(expected), DateParser.parse(whole));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is not a date")
  @ValueSource(
      strings = {
        // a year alone, a year and month, a month and day without a year
        "2023年",
        "2023年12月",
        "12月19日",
        "十二月十九日",
        "二〇二三年",
        // impossible days and months
        "2023年2月29日",
        "2023年2月30日",
        "2023年13月1日",
        "2023年4月31日",
        "二〇二三年二月三十日",
        "二〇二三年二月二十九日",
        "二〇二三年十三月一日",
        "二〇二三年四月三十一日",
        "二〇二三年一月三十二日",
        "二〇二三年一月四十日",
        "二〇二三年一月〇日",
        // two-digit years and a number too long for a year
        "23年12月19日",
        "12023年12月19日",
        "2023年123月1日",
        // digits and numerals mixed in one date
        "2023年十二月十九日",
        "二〇二三年12月19日"
      })
  void rejects(String whole) {
    assertEquals(Optional.empty(), DateParser.parse(whole));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" contains {1} as \"{2}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          新华社北京2023年12月19日电（记者 王小明）中国和俄罗斯                  | 2023-12-19 | 2023年12月19日
          新华网莫斯科２０２２年９月１５日电 俄罗斯总统普京15日说                 | 2022-09-15 | ２０２２年９月１５日
          中华人民共和国和俄罗斯联邦联合声明（二〇二三年三月二十一日，莫斯科）   | 2023-03-21 | 二〇二三年三月二十一日
          据统计，2023年全年进口增长，12月19日发布，2024年1月2日生效            | 2024-01-02 | 2024年1月2日
          会议于2023年2月30日举行，2023年3月1日闭幕                              | 2023-03-01 | 2023年3月1日
          发布时间：2023-12-19 10:31:00　来源：新华网                           | 2023-12-19 | 2023-12-19 10:31:00
          """)
  void findsDatesGluedToTheCharactersAroundThem(String text, LocalDate expected, String matched) {
    Optional<DateMatch> found = DateParser.find(text, 0);
    assertTrue(found.isPresent(), () -> "no date in: " + text);
    assertEquals(expected, found.get().date());
    assertEquals(matched, text.substring(found.get().start(), found.get().end()));
  }

  @ParameterizedTest(name = "[{index}] nothing in \"{0}\"")
  @ValueSource(
      strings = {
        "新华社北京12月19日电（记者 王小明）中国和俄罗斯",
        "中新网北京9月8日电 国家统计局8日发布数据",
        "2023年全年，全国居民人均可支配收入39218元",
        "第12023年12月19日",
        "二〇二三年二月三十日"
      })
  void findsNothingWithoutACompleteDate(String text) {
    assertEquals(Optional.empty(), DateParser.find(text, 0));
  }
}

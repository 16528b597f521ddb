package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatelineRuleTest {

  private final DatelineRule rule = new DatelineRule();

  static Stream<Arguments> datelines() {
    return Stream.of(
        Arguments.of(
            "BEIJING, Sept. 17, 2022 /PRNewswire/ \u2014 On the afternoon...", "2022-09-17"),
        Arguments.of("WASHINGTON, Jan. 5, 2023 (Reuters) - The...", "2023-01-05"),
        Arguments.of("BEIJING, 5 March 2021 (Xinhua) -- China...", "2021-03-05"),
        Arguments.of("NEW YORK, March 3, 2023 /PRNewswire/ --", "2023-03-03"),
        Arguments.of("MOSCOW, August 22, 2024 /TASS/ \u2013 Officials", "2024-08-22"),
        Arguments.of("MOSCOW, 22 August 2024 - Officials", "2024-08-22"),
        Arguments.of("MOSCOW, 2024-08-22 \u2014Officials", "2024-08-22"),
        Arguments.of("MOSCOW, 22.08.2024 - Officials", "2024-08-22"),
        Arguments.of("SAN FRANCISCO, Calif., March 3, 2023 /PRNewswire/ -- ", "2023-03-03"),
        Arguments.of("WASHINGTON, D.C., Tuesday, Jan. 5, 2023 - text", "2023-01-05"),
        Arguments.of("Moscow, Russia, Sept. 17, 2022 (TASS) - text", "2022-09-17"),
        Arguments.of("Rio de Janeiro, 17 September 2022 - text", "2022-09-17"),
        Arguments.of("ST. LOUIS, March 3, 2023 /PRNewswire/ -- text", "2023-03-03"),
        Arguments.of("  \n  LONDON, 2022-09-17 \u2014 text", "2022-09-17"),
        Arguments.of("A headline line\n\nLONDON, Sept. 17, 2022 (Reuters) - Text", "2022-09-17"),
        Arguments.of("BEIJING, Feb. 29, 2024 (Xinhua) -- leap day", "2024-02-29"),
        // Russian: TASS (slashes and full stops, no dash), RIA Novosti (a dash), Interfax
        Arguments.of(
            "МОСКВА, 19 декабря 2023. /ТАСС/. Президент России Владимир Путин провел переговоры",
            "2023-12-19"),
        Arguments.of("МОСКВА, 19 декабря 2023 года. /ТАСС/. Президент России", "2023-12-19"),
        Arguments.of("Путин и Си\nМОСКВА, 19 дек. 2023 г. /ТАСС/. Президент", "2023-12-19"),
        Arguments.of(
            "МОСКВА, 16 мая 2024 \u2014 РИА Новости. Президент России Владимир Путин прибыл",
            "2024-05-16"),
        Arguments.of("САНКТ-ПЕТЕРБУРГ, 14 июня 2024 - РИА Новости. Текст", "2024-06-14"),
        Arguments.of(
            "Москва. 21 марта 2023. INTERFAX.RU - Президент РФ Владимир Путин", "2023-03-21"),
        Arguments.of("Москва. 21 марта 2023. Интерфакс - Текст", "2023-03-21"),
        // Chinese: sender, place, date and 电 glued; full-width digits; 讯
        Arguments.of("新华社北京2023年12月19日电（记者 王小明）国务院总理李强19日在人民大会堂", "2023-12-19"),
        Arguments.of("新华网莫斯科２０２２年９月１５日电 俄罗斯总统普京15日表示", "2022-09-15"),
        Arguments.of("中俄总理会晤\n\n中新网北京2023年9月8日电 国家统计局8日发布", "2023-09-08"),
        Arguments.of("本报北京2023年12月19日讯（记者 李明）", "2023-12-19"),
        Arguments.of("　　新华社北京二〇二三年三月二十一日电", "2023-03-21"),
        // a People's Daily issue line, at the end of a web copy or at the start
        Arguments.of(
            "坚持全国一盘棋\n本报北京12月19日电 区域协调发展是中国式现代化的内在要求。\n" + "《 人民日报 》（ 2023年12月20日 第 03 版）",
            "2023-12-20"),
        Arguments.of("人民日报 2023年12月20日 第3版\n区域协调发展", "2023-12-20"),
        Arguments.of("《人民日报海外版》（2023年12月20日）\n" + "正文。".repeat(200), "2023-12-20"),
        Arguments.of("正文。".repeat(200) + "\n《 人民日报 》（ ２０２３年１２月２０日 第 ０３ 版）\n", "2023-12-20"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("datelines")
  void readsTheDateline(String text, LocalDate expected) {
    DatedText dated = rule.find("story.txt", text).orElseThrow();
    assertEquals(expected, dated.date());
    assertEquals(DateSource.DATELINE, dated.source());
    assertSame(text, dated.body());
  }

  static Stream<String> notDatelines() {
    return Stream.of(
        "BEIJING, August 22. /TASS/. Top officials",
        "BEIJING, Sept. 17, 2022 On the afternoon",
        "BEIJING Sept. 17, 2022 - text",
        "BEIJING, Sept. 31, 2022 - text",
        "BEIJING, Feb. 29, 2023 (Xinhua) -- not a leap year",
        "BEIJING, 09/17/2022 - text",
        "the talks in Beijing, May 24, 2023 - said",
        "Russian Prime Minister Mikhail Mishustin (left) and his Chinese counterpart Li Qiang"
            + " during talks in Beijing, May 24, 2023.",
        "On the afternoon, BEIJING, Sept. 17, 2022 - text",
        "x".repeat(DatelineRule.WINDOW) + "\nBEIJING, Sept. 17, 2022 - text",
        "BEIJING, Sept. 17, 2022 /PRNewswire/ and more",
        // year-less datelines in every press style
        "МОСКВА, 19 декабря. /ТАСС/. Президент России Владимир Путин",
        "МОСКВА, 16 мая \u2014 РИА Новости. Президент",
        "Москва. 21 марта. INTERFAX.RU - Президент",
        "新华社北京12月19日电（记者 王小明）国务院总理李强",
        "中新网北京9月8日电 国家统计局8日发布数据",
        // impossible dates, a place without its mark, a date that only mentions TV
        "МОСКВА, 30 февраля 2024. /ТАСС/. Текст",
        "新华社北京2023年2月30日电 正文",
        "Москва, 21 марта 2023. INTERFAX.RU - a comma where Interfax writes a full stop",
        "МОСКВА. 19 декабря 2023 - a full stop with a dash",
        "МОСКВА, 19 декабря 2023. ТАСС. no slashes",
        "观众在2023年12月19日电视节目中看到",
        "据新华社2023年12月19日报道",
        // an issue line mentioned in running text, or far from both ends
        "《人民日报》2023年12月20日发表评论员文章",
        "正文。".repeat(120) + "《 人民日报 》（ 2023年12月20日 第 03 版）" + "正文。".repeat(120),
        "人民日报 2023年12月20日 发表文章",
        "");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("notDatelines")
  void findsNoDateline(String text) {
    assertEquals(Optional.empty(), rule.find("story.txt", text));
  }
}

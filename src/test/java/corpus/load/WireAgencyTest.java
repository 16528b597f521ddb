package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agency a wire story's dateline names, in the shapes the agencies use, kept as written; an
 * aside in brackets is no agency, and a marker past the dateline's reach is not a dateline.
 */
class WireAgencyTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Reuters: city, date, agency in round brackets, a hyphen
        "WASHINGTON, Jan 5 (Reuters) - The U.S. Senate voted on Thursday. | Reuters",
        // TASS, English and Russian: agency between slashes, a full stop after
        "MOSCOW, August 22. /TASS/. Russia's foreign minister said on Monday. | TASS",
        "МОСКВА, 22 августа. /ТАСС/. Министр иностранных дел России заявил. | ТАСС",
        // PR Newswire releases: the full date, slashes, two hyphens
        "BEIJING, Sept. 17, 2022 /PRNewswire/ -- A company announced results. | PRNewswire",
        // AP: the agency alone, an em dash
        "(AP) — Officials said the storm weakened overnight. | AP",
        "NEW YORK (AP) — Stocks rose on Wall Street. | AP",
        // Xinhua
        "BEIJING, Dec. 19 (Xinhua) -- China and Russia signed a pact. | Xinhua",
        // The name as the agency writes it: dpa in lower case, Business Wire in capitals
        "BERLIN (dpa) - Die Bundesregierung hat beschlossen. | dpa",
        "SAN FRANCISCO--(BUSINESS WIRE)--A company announced results. | BUSINESS WIRE",
        "NEW YORK, Jan. 05, 2023 (GLOBE NEWSWIRE) -- A company announced results. | GLOBE NEWSWIRE",
        "PARIS, 5 janv 2023 (AFP) - Le gouvernement a annoncé. | AFP",
        "TOKYO, April 1 (Kyodo) -- The yen fell. | Kyodo",
        // Russian agencies without brackets, by their usual names
        "МОСКВА, 19 декабря 2023. /ТАСС/. Президент России провел переговоры. | ТАСС",
        "МОСКВА, 16 мая 2024 — РИА Новости. Президент России прибыл в Пекин. | РИА Новости",
        "МОСКВА, 16 мая — РИА Новости. Президент России прибыл в Пекин. | РИА Новости",
        "Москва. 21 марта 2023. INTERFAX.RU - Президент РФ заявил. | Интерфакс",
        "Москва. 21 марта. INTERFAX.RU - Президент РФ заявил. | Интерфакс",
        // Chinese datelines, dated or not: the agency is named either way
        "新华社北京2023年12月19日电（记者 王小明）国务院总理李强19日 | 新华社",
        "新华社北京12月19日电（记者 王小明）国务院总理李强19日 | 新华社",
        "新华网莫斯科２０２２年９月１５日电 俄罗斯总统普京15日表示 | 新华社",
        "中新网北京9月8日电 国家统计局8日发布数据 | 中新网",
        "　　中新社北京12月19日电 国务院总理 | 中新社",
        "人民网北京12月19日电 据报道 | 人民网",
        // People's Daily's issue line, at the start
        "《 人民日报 》（ 2023年12月20日 第 03 版）区域协调发展 | 人民日报",
      })
  void findsTheAgencyOfARealDateline(String text, String agency) {
    assertEquals(Optional.ofNullable(agency), WireAgency.find(text), text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // Asides in brackets that name no agency
        "WASHINGTON (pictured) — The president spoke on Thursday.",
        "The minister (right) met his counterpart (left) in Beijing.",
        "Shares of Apple (AAPL) rose 3% and Amazon (AMZN) fell.",
        "The ruling party (UR) won the vote, said the report (PDF).",
        // An agency's name is not a marker without its brackets or slashes
        "Reuters reported on Monday that AP and AFP had the same story.",
        // A photo credit is not a dateline marker
        "Crowds gathered. (AP Photo/Evan Vucci) The president spoke.",
        // A path segment of a web address is not a marker between slashes
        "Read the original at https://www.yahoo.com/news/ap/story-123.html today.",
        "Photos: https://example.com/afp/2023/01/05/story and more.",
        "Archived from https://www.example.org/reuters/ on Monday.",
        "Archived from https://www.example.org/2023/reuters/ on Monday.",
        // Chinese agencies named in running text, not opening a dateline
        "国务院总理李强19日会见新华社社长，新华网报道了会见。",
        "据新华社北京12月19日电，国务院总理李强",
        "《人民日报》12月20日发表评论员文章。",
        // RIA Novosti and Interfax named in running text
        "По данным РИА Новости, переговоры прошли успешно.",
        "Сайт INTERFAX.RU сообщил об этом.",
        // A name that merely starts like an agency's
        "PARIS (APA) - Austrian news agency copy. (Reutersville) (TASSO)",
        "",
      })
  void findsNoneForAnAsideOrAPlainName(String text) {
    assertEquals(Optional.empty(), WireAgency.find(text), text);
  }

  @Test
  void aMarkerPastTheFirst300CharactersIsNoDateline() {
    String lead = "x".repeat(300);

    assertEquals(Optional.empty(), WireAgency.find(lead + "(Reuters) - late marker."));
    assertEquals(Optional.empty(), WireAgency.find(lead + " /TASS/. late marker."));
    assertEquals(Optional.empty(), WireAgency.find("y".repeat(5000) + " (AP) — "));
  }

  @Test
  void aMarkerWithinTheFirst300CharactersCounts() {
    // The marker ends on character 300 exactly: wholly within the reach.
    String marker = "(Reuters)";
    String text = "x".repeat(300 - marker.length()) + marker + " - and the story goes on.";

    assertEquals(Optional.of("Reuters"), WireAgency.find(text));
  }

  @Test
  void aPeoplesDailyIssueLineUnderTheArticleNamesThePaper() {
    String text =
        "坚持全国一盘棋\n本报北京12月19日电 区域协调发展是中国式现代化的内在要求。"
            + "正文。".repeat(200)
            + "\n《 人民日报 》（ 2023年12月20日 第 03 版）\n";

    assertEquals(Optional.of("人民日报"), WireAgency.find(text));
  }

  @Test
  void aChineseDatelineMayFollowAHeadline() {
    assertEquals(Optional.of("中新社"), WireAgency.find("中俄总理会晤\n　　中新社北京12月19日电 国务院总理"));
  }

  @Test
  void theFirstMarkerWins() {
    assertEquals(
        Optional.of("Xinhua"),
        WireAgency.find("BEIJING, Dec. 19 (Xinhua) -- Citing a report (Reuters), officials said."));
  }
}

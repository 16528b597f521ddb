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
        Arguments.of("BEIJING, Feb. 29, 2024 (Xinhua) -- leap day", "2024-02-29"));
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
        "");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("notDatelines")
  void findsNoDateline(String text) {
    assertEquals(Optional.empty(), rule.find("story.txt", text));
  }
}

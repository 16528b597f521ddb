package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # ISO, with and without a time; a zone never moves the day
          2022-09-17                              | 2022-09-17
          2022-09-17T08:30                        | 2022-09-17
          2022-09-17T08:30:00Z                    | 2022-09-17
          2022-09-17 08:30:00                     | 2022-09-17
          2022-09-17T08:30:00+02:00               | 2022-09-17
          2022-09-17T23:30:00-05:00               | 2022-09-17
          2022-09-17T00:15:00+14:00               | 2022-09-17
          2022-09-17T08:30:00.123456Z             | 2022-09-17
          2022-09-17t08:30:00z                    | 2022-09-17
          2022-9-7                                | 2022-09-07
          # year first with slashes or dots, day first with dots
          2022/09/17                              | 2022-09-17
          2022.09.17                              | 2022-09-17
          17.09.2022                              | 2022-09-17
          1.2.2022                                | 2022-02-01
          # month first
          September 17, 2022                      | 2022-09-17
          Sept. 17, 2022                          | 2022-09-17
          Sept 17, 2022                           | 2022-09-17
          Sep 17 2022                             | 2022-09-17
          Sep. 17, 2022                           | 2022-09-17
          Sep.17,2022                             | 2022-09-17
          September 17th, 2022                    | 2022-09-17
          September 1st, 2022                     | 2022-09-01
          September 2nd, 2022                     | 2022-09-02
          September 3rd 2022                      | 2022-09-03
          'May 24, 2023'                          | 2023-05-24
          # day first
          17 September 2022                       | 2022-09-17
          17 Sep 2022                             | 2022-09-17
          17 Sept. 2022                           | 2022-09-17
          17th September 2022                     | 2022-09-17
          17th of September, 2022                 | 2022-09-17
          1st of March 2021                       | 2021-03-01
          5 March 2021                            | 2021-03-05
          # the Reuters form, with its odd time
          26-FEB-1987                             | 1987-02-26
          26-Feb-1987                             | 1987-02-26
          26-FEB-1987 15:01:01.79                 | 1987-02-26
          # weekdays, never checked against the date
          'Tuesday, December 19, 2023'            | 2023-12-19
          'Mon, 17 Sep 2022'                      | 2022-09-17
          'Mon, 17 Sep 2022 10:00:00 +0000'       | 2022-09-17
          Tue. Dec 19 2023                        | 2023-12-19
          'Friday, December 19, 2023'             | 2023-12-19
          Wednesday 2022-09-17                    | 2022-09-17
          # times written after month-name dates
          'Sep 17, 2022, 10:00 AM EST'            | 2022-09-17
          'Sep 17, 2022 at 10:00 a.m.'            | 2022-09-17
          17 Sep 2022 23:59 GMT                   | 2022-09-17
          17 Sep 2022 10:00 (UTC)                 | 2022-09-17
          # any case
          SEPTEMBER 17, 2022                      | 2022-09-17
          september 17, 2022                      | 2022-09-17
          SePtEmBeR 17, 2022                      | 2022-09-17
          17 FEB 2023                             | 2023-02-17
          MONDAY, 17 SEP 2022                     | 2022-09-17
          # every month name and abbreviation
          January 1 2020                          | 2020-01-01
          jan 1 2020                              | 2020-01-01
          February 1 2020                         | 2020-02-01
          feb 1 2020                              | 2020-02-01
          March 1 2020                            | 2020-03-01
          mar 1 2020                              | 2020-03-01
          April 1 2020                            | 2020-04-01
          apr 1 2020                              | 2020-04-01
          may 1 2020                              | 2020-05-01
          June 1 2020                             | 2020-06-01
          jun 1 2020                              | 2020-06-01
          July 1 2020                             | 2020-07-01
          jul 1 2020                              | 2020-07-01
          August 1 2020                           | 2020-08-01
          aug 1 2020                              | 2020-08-01
          October 1 2020                          | 2020-10-01
          oct. 1 2020                             | 2020-10-01
          November 1 2020                         | 2020-11-01
          nov 1 2020                              | 2020-11-01
          December 1 2020                         | 2020-12-01
          dec. 1 2020                             | 2020-12-01
          # leap days and the year range
          2024-02-29                              | 2024-02-29
          29 February 2024                        | 2024-02-29
          2000-02-29                              | 2000-02-29
          1000-01-01                              | 1000-01-01
          2999-12-31                              | 2999-12-31
          # surrounding whitespace is ignored
          '   2022-09-17  '                       | 2022-09-17
          """)
  void readsEveryAcceptedForm(String whole, LocalDate expected) {
    assertEquals(Optional.of(expected), DateParser.parse(whole));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is not a date")
  @ValueSource(
      strings = {
        // impossible days are rejected, not rolled over
        "2024-02-30",
        "2023-02-29",
        "1900-02-29",
        "31 April 2023",
        "April 31, 2023",
        "2022-13-01",
        "2022-00-10",
        "2022-09-00",
        "32.01.2022",
        "17.13.2022",
        "30-FEB-1987",
        "0 Sep 2022",
        // no year
        "August 22",
        "December 19",
        "Tuesday, December 19",
        "17th of September",
        "September 2022",
        // two-digit years and years out of range
        "Sep 17, 22",
        "17.09.22",
        "26-FEB-87",
        "0999-12-31",
        "3000-01-01",
        "17 Sep 0999",
        // month and day first with slashes is ambiguous (US vs European)
        "09/17/2022",
        "17/09/2022",
        "9/17/2022",
        // glued to longer numbers or words
        "12022-09-17",
        "2022-09-170",
        "2022-09-17x",
        "x2022-09-17",
        "Mayday 17 2022",
        "Septembers 17 2022",
        "Sep17 2022",
        "17Sep 2022",
        "17 Sep 20222",
        // mixed separators, not a date
        "2022-09/17",
        "2022_09_17",
        "20220917",
        // more than a date
        "2022-09-17 and more",
        "Date: 2022-09-17",
        "a 2022-09-17",
        // bad times make the whole value unreadable
        "2022-09-17 25:00",
        "2022-09-17T08:61",
        // garbage
        "",
        "   ",
        "-",
        "::::",
        "\u0000\u0001",
        "\uD83D\uDE00 2022",
        "İstanbul 17 Eylül 2022",
        "septembre 17 2022"
      })
  void rejects(String whole) {
    assertEquals(Optional.empty(), DateParser.parse(whole));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" contains {1} as \"{2}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          during talks in Beijing, May 24, 2023.                   | 2023-05-24 | May 24, 2023
          It happened on 2022-09-17T08:30:00Z, they said.          | 2022-09-17 | 2022-09-17T08:30:00Z
          (17.09.2022)                                             | 2022-09-17 | 17.09.2022
          "announced on Tuesday, December 19, 2023, by"            | 2023-12-19 | Tuesday, December 19, 2023
          see https://example.com/2022/09/17/story                 | 2022-09-17 | 2022/09/17
          Mayday 17 2022 and May 17 2022                           | 2022-05-17 | May 17 2022
          In 2024 on Wednesday, and then on 5 March 2021 again     | 2021-03-05 | 5 March 2021
          version 1.17.09.2022 of 2023-01-02                       | 2023-01-02 | 2023-01-02
          build 2022-09-17-01 of 2023-01-02                        | 2023-01-02 | 2023-01-02
          pages 10-17 Sep 2022 or Oct 3 2022                       | 2022-10-03 | Oct 3 2022
          no year on Tuesday, December 19, only on 19 Dec 2023     | 2023-12-19 | 19 Dec 2023
          """)
  void findsTheFirstDateInRunningText(String text, LocalDate expected, String matched) {
    Optional<DateMatch> found = DateParser.find(text, 0);
    assertTrue(found.isPresent(), () -> "no date in: " + text);
    assertEquals(expected, found.get().date());
    assertEquals(matched, text.substring(found.get().start(), found.get().end()));
  }

  @ParameterizedTest(name = "[{index}] nothing in \"{0}\"")
  @ValueSource(
      strings = {
        "Mayday 17 2022",
        "12022-09-17 and 2022-09-170",
        "This was announced on Tuesday, December 19, by Chinese Ambassador",
        "200,000 million dollars in 2024.",
        "on 09/17/2022 and 17/09/2022",
        "call 2022-09-17-01 now",
        "17-18 September 2022",
        "September 17-18, 2022",
        "Sept. 31, 2022",
        "September\n\n17, 2022",
        ""
      })
  void findsNothingWithoutACompleteDate(String text) {
    assertEquals(Optional.empty(), DateParser.find(text, 0));
  }

  @Test
  void aDateMaySpanOneLineBreak() {
    String text = "published September\n17, 2022 in print";
    assertEquals(LocalDate.of(2022, 9, 17), DateParser.find(text, 0).orElseThrow().date());
  }

  @Test
  void skipsAnImpossibleDateAndKeepsLooking() {
    String text = "first 2024-02-30, then 2023-02-29, then 2024-02-29.";
    DateMatch found = DateParser.find(text, 0).orElseThrow();
    assertEquals(LocalDate.of(2024, 2, 29), found.date());
    assertEquals(text.lastIndexOf("2024-02-29"), found.start());
    assertEquals(text.lastIndexOf("2024-02-29") + 10, found.end());
  }

  @Test
  void startsAtTheGivenOffset() {
    String text = "2022-01-01 and 2023-02-03";
    assertEquals(LocalDate.of(2022, 1, 1), DateParser.find(text, 0).orElseThrow().date());
    assertEquals(LocalDate.of(2023, 2, 3), DateParser.find(text, 1).orElseThrow().date());
    // an offset inside a number does not start a date there
    assertEquals(LocalDate.of(2023, 2, 3), DateParser.find(text, 2).orElseThrow().date());
    assertEquals(Optional.empty(), DateParser.find(text, text.length()));
    assertEquals(Optional.empty(), DateParser.find(text, text.length() + 5));
  }

  @Test
  void boundedFindOnlyStartsDatesBeforeTheLimit() {
    String text = "ab 2022-01-01";
    assertEquals(Optional.empty(), DateParser.find(text, 0, 3));
    // a date that starts before the limit may end after it
    assertEquals(LocalDate.of(2022, 1, 1), DateParser.find(text, 0, 4).orElseThrow().date());
  }

  @Test
  void aWeekdayBelongsToTheMatch() {
    String text = "On Mon, 17 Sep 2022 we met.";
    DateMatch found = DateParser.find(text, 0).orElseThrow();
    assertEquals("Mon, 17 Sep 2022", text.substring(found.start(), found.end()));
  }

  @Test
  void findsADateNearTheStartOfAHugeText() {
    String text = "On 17 Sep 2022 it began. " + "x".repeat(30_000_000);
    DateMatch found = DateParser.find(text, 0).orElseThrow();
    assertEquals(LocalDate.of(2022, 9, 17), found.date());
  }

  @ParameterizedTest(name = "[{index}] 30 MB of \"{0}\" holds no date")
  @ValueSource(
      strings = {
        "word and more words ",
        "1 ",
        "1.",
        "2022-",
        "2022-09-",
        "Sep 17 ",
        "Mon, ",
        "17th of ",
        "May 24, ",
        "12:30 ",
        "17 Sep 2022x",
        "2024-02-30 ",
        "\uD83D\uDE00 \u00A0",
        "9"
      })
  void findsNoDateInHugeTextsOfNearMisses(String unit) {
    String text = unit.repeat(30_000_000 / unit.length());
    Optional<DateMatch> found = DateParser.find(text, 0);
    assertEquals(Optional.empty(), found);
  }

  @Test
  void findsADateAtTheEndOfAHugeText() {
    String text = "Sep 17 ".repeat(1_000_000) + "Sep 17 2022";
    DateMatch found = DateParser.find(text, 0).orElseThrow();
    assertEquals(LocalDate.of(2022, 9, 17), found.date());
    assertEquals(text.length() - "Sep 17 2022".length(), found.start());
  }
}

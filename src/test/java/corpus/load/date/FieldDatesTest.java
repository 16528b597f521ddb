package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FieldDates#parse} against the examples the standards publish. A date field holds the day
 * as its writer wrote it: the zone after a time never moves it, and a Unix time (which has no zone)
 * is read in UTC, whatever the JVM's zone (the tests run in Pacific/Chatham, UTC+12:45/+13:45).
 */
class FieldDatesTest {

  private static Optional<LocalDate> parse(String value) {
    return FieldDates.parse(value);
  }

  /** RFC 3339, "Date and Time on the Internet: Timestamps", section 5.8 "Examples": all five. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // "1985-04-12T23:20:50.52Z": 20 minutes and 50.52 seconds after the 23rd hour of April 12th.
    "1985-04-12T23:20:50.52Z, 1985-04-12",
    // "1996-12-19T16:39:57-08:00": in UTC this is already December 20th, 00:39:57; the day
    // written is the 19th, and the 19th it stays.
    "1996-12-19T16:39:57-08:00, 1996-12-19",
    // The leap second inserted at the end of 1990, in UTC and in US Pacific time.
    "1990-12-31T23:59:60Z, 1990-12-31",
    "1990-12-31T15:59:60-08:00, 1990-12-31",
    // Noon in the Netherlands in 1937, whose offset was +00:19:32.13, rounded to +00:20.
    "1937-01-01T12:00:27.87+00:20, 1937-01-01",
  })
  void rfc3339Section58Examples(String value, LocalDate expected) {
    assertEquals(Optional.of(expected), parse(value));
  }

  /** RFC 5322 (and RFC 2822 before it), Appendix A: the Date: fields of the example messages. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A.1.1 "A Message from One Person to Another with Simple Addressing" (and A.4 "Messages
        // with Trace Fields")
        "Fri, 21 Nov 1997 09:55:06 -0600 | 1997-11-21",
        // A.1.2 "Different Types of Mailboxes": a one-digit day
        "Tue, 1 Jul 2003 10:52:37 +0200 | 2003-07-01",
        // A.1.3 "Group Addresses": a half-hour zone; in UTC it is already February 14th
        "Thu, 13 Feb 1969 23:32:54 -0330 | 1969-02-13",
        // A.2 "Reply Messages"
        "Fri, 21 Nov 1997 10:01:10 -0600 | 1997-11-21",
        "Fri, 21 Nov 1997 11:00:00 -0600 | 1997-11-21",
        // A.3 "Resent Messages": Resent-Date, in UTC already November 25th
        "Mon, 24 Nov 1997 14:22:01 -0800 | 1997-11-24",
        // The same in capitals: the weekday and month names are not read in the JVM's Turkish
        // locale, where "FRI" lower-cases to "frı".
        "FRI, 21 NOV 1997 09:55:06 -0600 | 1997-11-21",
      })
  void rfc5322AppendixAExamples(String value, LocalDate expected) {
    assertEquals(Optional.of(expected), parse(value));
  }

  /**
   * RFC 1123 section 5.2.14 (RFC 822 dates with four-digit years), quoted in HTTP's preferred
   * format: RFC 7231 section 7.1.1.1 (and RFC 2616 section 3.3.1, RFC 9110 section 5.6.7).
   */
  @Test
  void rfc1123DateAsHttpQuotesIt() {
    assertEquals(Optional.of(LocalDate.of(1994, 11, 6)), parse("Sun, 06 Nov 1994 08:49:37 GMT"));
  }

  /**
   * RFC 5322 Appendix A.5, "White Space, Comments, and Other Oddities": the A.1.3 date folded over
   * six lines, with a comment after it. A field that kept an e-mail's header holds it so.
   */
  @Test
  void rfc5322AppendixA5FoldedDateWithAComment() {
    String folded =
        "Thu,\r\n      13\r\n        Feb\r\n          1969\r\n      23:32\r\n"
            + "               -0330 (Newfoundland Time)";

    assertEquals(Optional.of(LocalDate.of(1969, 2, 13)), parse(folded));
  }

  /**
   * HTTP's two other date forms, RFC 7231 section 7.1.1.1 (RFC 9110 section 5.6.7): recipients must
   * accept ANSI C's asctime() format, which is also what Python's time.ctime() writes. Its
   * two-digit RFC 850 form is no date here (see {@link #notDates}).
   */
  @Test
  void asctimeAsHttpQuotesIt() {
    assertEquals(Optional.of(LocalDate.of(1994, 11, 6)), parse("Sun Nov  6 08:49:37 1994"));
  }

  /**
   * The same year-last shape with a zone before the year: the Twitter API's created_at (its example
   * in the Tweet object's data dictionary) and the default output of date(1).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Wed Oct 10 20:19:24 +0000 2018 | 2018-10-10",
        "Tue Dec 19 23:30:00 EST 2023 | 2023-12-19",
      })
  void yearLastWithAZone(String value, LocalDate expected) {
    assertEquals(Optional.of(expected), parse(value));
  }

  /**
   * RFC 9557 (Internet Extended Date/Time Format) extends RFC 3339 with a time zone name and other
   * tags in brackets: its examples (the first two), a zone marked critical with "!", and what
   * Java's ZonedDateTime.toString() writes (the last).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1996-12-19T16:39:57-08:00[America/Los_Angeles], 1996-12-19",
    "1996-12-19T16:39:57-08:00[America/Los_Angeles][u-ca=hebrew], 1996-12-19",
    "2022-07-08T00:14:07+01:00[!Europe/London], 2022-07-08",
    "2023-12-19T23:30-05:00[America/New_York], 2023-12-19",
  })
  void rfc9557Suffixes(String value, LocalDate expected) {
    assertEquals(Optional.of(expected), parse(value));
  }

  /**
   * ECMA-262's Date.prototype.toString (section 21.4.4.41): weekday, month, day, year, time, the
   * offset after GMT, and the zone's name in brackets, as a JavaScript scraper that wrote
   * String(date) leaves it. The day as written, in New York.
   */
  @Test
  void javascriptDateToString() {
    assertEquals(
        Optional.of(LocalDate.of(2023, 12, 19)),
        parse("Tue Dec 19 2023 23:30:00 GMT-0500 (Eastern Standard Time)"));
  }

  /**
   * ISO 8601:2004 section 4.1.2.2, complete calendar date in basic format ({@code YYYYMMDD}, its
   * example 19850412) and extended format ({@code YYYY-MM-DD}, 1985-04-12).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "19850412, 1985-04-12",
    "1985-04-12, 1985-04-12",
    // HTTP's example day (RFC 7231 section 7.1.1.1) in ISO 8601 basic format
    "19941106, 1994-11-06",
    // Surrounding white space is not part of the value.
    "'  19941106 ', 1994-11-06",
  })
  void iso8601CalendarDates(String value, LocalDate expected) {
    assertEquals(Optional.of(expected), parse(value));
  }

  /**
   * W3C Note "Date and Time Formats" (W3C-DTF, 1997-09-15), the profile of ISO 8601 used by RSS and
   * Dublin Core: its examples of a complete date, with hours and minutes, with seconds, and with a
   * fraction of a second, and the two zone examples it gives for the same instant.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1997-07-16, 1997-07-16",
    "1997-07-16T19:20+01:00, 1997-07-16",
    "1997-07-16T19:20:30+01:00, 1997-07-16",
    "1997-07-16T19:20:30.45+01:00, 1997-07-16",
    "1994-11-05T08:15:30-05:00, 1994-11-05",
    "1994-11-05T13:15:30Z, 1994-11-05",
  })
  void w3cDtfExamples(String value, LocalDate expected) {
    assertEquals(Optional.of(expected), parse(value));
  }

  /** The UTC day of a Unix time, by plain arithmetic: no Instant, no zone. */
  private static LocalDate utcDayOfSecond(long seconds) {
    return LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
  }

  @Test
  void theArithmeticAgreesWithKnownInstants() {
    // POSIX time 1,000,000,000 was 2001-09-09T01:46:40Z; 1,700,000,000 was 2023-11-14T22:13:20Z.
    assertEquals(LocalDate.of(2001, 9, 9), utcDayOfSecond(1_000_000_000L));
    assertEquals(LocalDate.of(2023, 11, 14), utcDayOfSecond(1_700_000_000L));
  }

  @ParameterizedTest(name = "{0} s")
  @ValueSource(
      longs = {
        1_000_000_000L, // 2001-09-09T01:46:40Z
        1_700_000_000L, // 2023-11-14T22:13:20Z: in Chatham already 2023-11-15 11:58
        1_700_006_399L, // 2023-11-14T23:59:59Z, the last second of the UTC day
        1_700_006_400L, // 2023-11-15T00:00:00Z, the first of the next
        1_700_008_200L, // 2023-11-15T00:30:00Z: in any American zone still the 14th
        100_000_000L, // 1973-03-03T09:46:40Z, the smallest value read as a time
        -100_000_000L, // 1966-10-31T14:13:20Z, before 1970
      })
  void unixSecondsAreReadInUtc(long seconds) {
    assertEquals(Optional.of(utcDayOfSecond(seconds)), parse(Long.toString(seconds)));
  }

  @ParameterizedTest(name = "{0} ms")
  @ValueSource(
      longs = {
        1_000_000_000_000L,
        1_700_000_000_000L,
        1_700_006_399_999L, // 2023-11-14T23:59:59.999Z
        1_700_006_400_000L, // 2023-11-15T00:00:00.000Z
        1_700_008_200_000L,
        100_000_000_000L, // 1973-03-03: the smallest value read as milliseconds
      })
  void unixMillisecondsAreReadInUtc(long millis) {
    assertEquals(
        Optional.of(utcDayOfSecond(Math.floorDiv(millis, 1000L))), parse(Long.toString(millis)));
  }

  @Test
  void theDaysAreThoseExpectedWhateverTheJvmZone() {
    // The assertions above would pass in UTC whatever zone the code used; here the zone is not
    // UTC, and the values that cross midnight in it are spelled out.
    assertEquals("Pacific/Chatham", TimeZone.getDefault().getID(), "the build sets the zone");
    assertEquals(Optional.of(LocalDate.of(2023, 11, 14)), parse("1700000000"));
    assertEquals(Optional.of(LocalDate.of(2023, 11, 14)), parse("1700006399"));
    assertEquals(Optional.of(LocalDate.of(2023, 11, 15)), parse("1700006400"));
    assertEquals(Optional.of(LocalDate.of(2023, 11, 14)), parse("1700000000000"));
    assertEquals(Optional.of(LocalDate.of(2023, 11, 14)), parse("1700006399999"));
    assertEquals(Optional.of(LocalDate.of(2023, 11, 15)), parse("1700006400000"));
    // A fraction of a second, as Python's time.time() writes it.
    assertEquals(Optional.of(LocalDate.of(2023, 11, 14)), parse("1700006399.75"));
    assertEquals(Optional.of(LocalDate.of(1973, 3, 3)), parse("100000000"));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "   ",
        "not a date",
        "12345", // a count or an id, not a time in 1970
        "2023", // a year is not a day (nor is W3C-DTF's "1997")
        "1997", // W3C-DTF "Year"
        "1997-07", // W3C-DTF "Year and month": no day
        "2024-02-30", // no such day: never rolled over to March 1st
        "2023-02-29", // not a leap year
        "20240230", // the same in ISO 8601 basic format
        "12345678901234567890", // 20 digits: no time at all
        "99999999999", // read as seconds: the year 5138, outside 1000-2999
        "21 Nov 97 09:55:06 GMT", // RFC 5322 A.6.2, obsolete two-digit year: the century is unknown
        "Sunday, 06-Nov-94 08:49:37 GMT", // RFC 850 date (RFC 7231 7.1.1.1): two-digit year
        "1985-04-12T23:20:50.52Z and more", // a date and something else is not a date field
        "(Newfoundland Time)", // a comment alone
        "Sun Nov 31 08:49:37 1994", // asctime of a day November lacks
        "Fun Nov  6 08:49:37 1994", // no weekday
        "Sun Nov  6 08:49:37 94", // asctime with a two-digit year
        "[America/Los_Angeles]", // a suffix alone
      })
  void notDates(String value) {
    assertEquals(Optional.empty(), parse(value));
  }

  @Test
  void aLongValueIsReadQuickly() {
    // Suffixes, comments and spaces by the hundred thousand: each form is tried on a short value
    // only, so this takes milliseconds, not minutes.
    for (String junk :
        List.of(
            "1996-12-19T16:39:57Z" + "[a]".repeat(200_000) + "x",
            "1996-12-19" + " (x)".repeat(200_000) + "x",
            "Sun Nov 6 08:49:37" + " ".repeat(400_000) + "x")) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(5), () -> assertEquals(Optional.empty(), parse(junk)));
    }
  }

  @Test
  void nullIsNoDate() {
    assertEquals(Optional.empty(), parse(null));
  }
}

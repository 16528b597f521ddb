package corpus.load.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in a record's date field or a page's date metadata. Such a value is one date and nothing
 * else, in whatever form its exporter chose: ISO 8601 with or without a time and zone ({@code
 * 2023-12-19T23:30:00-05:00} is December 19, the day as written, never shifted by the zone), RFC
 * 1123/2822 ({@code Tue, 19 Dec 2023 10:31:00 GMT}), any form {@link DateParser} reads, or a Unix
 * time in seconds or milliseconds (taken as UTC: a number carries no zone of its own).
 *
 * <p>A field holds nothing but its date, so what would end a date in running text does not here:
 * white space of any length, line breaks included (a folded e-mail header); a comment in brackets
 * after it (RFC 5322's {@code (Newfoundland Time)}, JavaScript's {@code (Eastern Standard Time)});
 * RFC 9557's suffixes ({@code 1996-12-19T16:39:57-08:00[America/Los_Angeles]}, as Java's
 * ZonedDateTime writes it); and the year after the time, as asctime() and HTTP ({@code Sun Nov 6
 * 08:49:37 1994}), date(1) and Twitter ({@code Wed Oct 10 20:19:24 +0000 2018}) write it.
 */
public final class FieldDates {
  private FieldDates() {}

  /** ISO 8601's basic form, {@code 20231219}: eight digits are a date before they are a time. */
  private static final Pattern BASIC_ISO = Pattern.compile("[12]\\d{3}[01]\\d[0-3]\\d");

  /** Seconds or milliseconds since 1970, optionally with a fraction. */
  private static final Pattern UNIX_TIME = Pattern.compile("-?\\d{1,16}(?:\\.\\d+)?");

  /**
   * Below this a Unix time is read as seconds, above it as milliseconds: 10^11 seconds is the year
   * 5138, while 10^11 milliseconds is March 1973, so no date a news corpus holds is ambiguous.
   */
  private static final double MILLIS_FROM = 1e11;

  /** A small number (a count, a year, an id) is not a time in 1970: 10^8 seconds is March 1973. */
  private static final double SMALLEST_UNIX_TIME = 1e8;

  /**
   * Longer than this, a value is no date with a comment or suffixes: the date, a time, a zone and
   * RFC 9557's tags fit well within it. Checked first, so that a long junk value costs no search.
   */
  private static final int LONGEST_WRAPPED = 200;

  /** White space of any kind and length, line breaks included. */
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\h]+");

  /** A comment after the date: {@code (Newfoundland Time)}. */
  private static final Pattern TRAILING_COMMENT = Pattern.compile(" ?\\([^()]{1,80}\\)$");

  /** RFC 9557's suffixes: the zone's name and other tags, each in brackets. */
  private static final Pattern IXDTF_SUFFIX = Pattern.compile("(?:\\[!?[^\\[\\]\\s]{1,100}\\])+$");

  /** The year last, after the time and perhaps a zone: {@code Sun Nov 6 08:49:37 1994}. */
  private static final Pattern YEAR_LAST =
      Pattern.compile(
          "(?<weekday>\\p{L}{3,9},? )?(?<monthDay>\\p{L}{3,9}\\.? \\d{1,2}) "
              + "(?<time>\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?: (?:[+-]\\d{4}|\\p{Lu}{1,5}))?)"
              + " (?<year>\\d{4})");

  /** The date {@code value} states, or empty when it states none (or an impossible one). */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String whole = WHITE_SPACE.matcher(value.strip()).replaceAll(" ");
    if (BASIC_ISO.matcher(whole).matches()) {
      return basicIso(whole);
    }
    if (UNIX_TIME.matcher(whole).matches()) {
      return fromUnixTime(Double.parseDouble(whole));
    }
    Optional<LocalDate> date = DateParser.parse(whole);
    return date.isPresent() ? date : unwrapped(whole);
  }

  /** The date once a trailing comment and suffixes are set aside and a year last put first. */
  private static Optional<LocalDate> unwrapped(String whole) {
    if (whole.length() > LONGEST_WRAPPED) {
      return Optional.empty();
    }
    String bare = TRAILING_COMMENT.matcher(whole).replaceFirst("");
    bare = IXDTF_SUFFIX.matcher(bare).replaceFirst("");
    Matcher yearLast = YEAR_LAST.matcher(bare);
    if (yearLast.matches()) {
      String weekday = yearLast.group("weekday");
      bare =
          (weekday == null ? "" : weekday)
              + yearLast.group("monthDay")
              + " "
              + yearLast.group("year")
              + " "
              + yearLast.group("time");
    }
    return bare.equals(whole) ? Optional.empty() : DateParser.parse(bare);
  }

  private static Optional<LocalDate> basicIso(String digits) {
    try {
      return Optional.of(LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE));
    } catch (DateTimeParseException impossible) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> fromUnixTime(double time) {
    if (Math.abs(time) < SMALLEST_UNIX_TIME) {
      return Optional.empty();
    }
    long millis = (long) (Math.abs(time) >= MILLIS_FROM ? time : time * 1000);
    LocalDate date = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    return date.getYear() >= DateParser.MIN_YEAR && date.getYear() <= DateParser.MAX_YEAR
        ? Optional.of(date)
        : Optional.empty();
  }
}

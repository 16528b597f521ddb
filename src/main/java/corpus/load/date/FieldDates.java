package corpus.load.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date in a record's date field or a page's date metadata. Such a value is one date and nothing
 * else, in whatever form its exporter chose: ISO 8601 with or without a time and zone ({@code
 * 2023-12-19T23:30:00-05:00} is December 19, the day as written, never shifted by the zone), RFC
 * 1123/2822 ({@code Tue, 19 Dec 2023 10:31:00 GMT}), any form {@link DateParser} reads, or a Unix
 * time in seconds or milliseconds (taken as UTC: a number carries no zone of its own).
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

  /** The date {@code value} states, or empty when it states none (or an impossible one). */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String whole = value.strip();
    if (BASIC_ISO.matcher(whole).matches()) {
      return basicIso(whole);
    }
    if (UNIX_TIME.matcher(whole).matches()) {
      return fromUnixTime(Double.parseDouble(whole));
    }
    return DateParser.parse(whole);
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

package corpus.load.date;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises written calendar dates; every date rule uses it, so they all accept the same forms.
 *
 * <p>Accepted forms (month names in any case, full or abbreviated, with or without a dot: jan feb
 * mar apr may jun jul aug sep sept oct nov dec):
 *
 * <ul>
 *   <li>year first: {@code 2022-09-17}, {@code 2022/09/17}, {@code 2022.09.17} (month and day of
 *       one or two digits, the same separator twice);
 *   <li>day first with dots: {@code 17.09.2022} (dotted numbers are always day.month.year);
 *   <li>the Reuters form {@code 26-FEB-1987}, {@code 26-Feb-1987};
 *   <li>month first: {@code September 17, 2022}, {@code Sept. 17, 2022}, {@code Sep 17 2022},
 *       {@code September 17th, 2022};
 *   <li>day first: {@code 17 September 2022}, {@code 17 Sep 2022}, {@code 17th September 2022},
 *       {@code 17th of September, 2022};
 *   <li>day first in the other languages of {@link DateLanguage}, each with its own month table and
 *       marks: {@code 19 декабря 2023 года}, {@code 19 дек. 2023 г.}, {@code 24 серпня 1991 року},
 *       {@code 2. Mai 1945}, {@code 1er septembre 1939}, {@code 17 de marzo de 1615}, {@code 25
 *       aprile 1945}, {@code 5 mei 1945}, {@code 1 września 1939 r.}, {@code 5. maj 1945}, {@code
 *       6. joulukuuta 1917}; a month before the day is English only;
 *   <li>Chinese {@code 2023年12月19日}, {@code ２０２２年９月１５日}, {@code 二〇二三年三月二十一日} ({@link ChineseDate}),
 *       which may be glued to the characters around them;
 *   <li>any of these after an English weekday: {@code Tuesday, December 19, 2023}, {@code Mon, 17
 *       Sep 2022}, {@code Tue. Dec 19 2023} (the weekday is not checked against the date);
 *   <li>any of these followed by a time and zone, which are part of the match but never change the
 *       date: {@code 2022-09-17T23:30:00-05:00} is 2022-09-17, as are {@code 2022-09-17 08:30:00},
 *       {@code 17 Sep 2022 10:00:00 +0000}, {@code 26-FEB-1987 15:01:01.79} and {@code Sep 17, 2022
 *       at 10:00 AM EST}.
 * </ul>
 *
 * <p>Not dates: a day and month without a year ({@code August 22}); two-digit years; years outside
 * 1000-2999; impossible days ({@code 2024-02-30}, {@code 31 April 2023}), which are rejected rather
 * than rolled over; and slashed numbers with the year last ({@code 09/17/2022}), because US (month
 * first) and European (day first) writers disagree on them and a wrong date is worse than none. A
 * date glued to letters or digits ({@code 12022-09-17}, {@code 2022-09-170}, {@code Mayday 17
 * 2022}) is not matched, nor is one continued by a separator and a digit ({@code 2022-09-17-01},
 * {@code 1.17.09.2022}), which is more likely a version or a range.
 *
 * <p>Every attempt reads a bounded number of characters, so scanning is linear in the text length
 * and never backtracks catastrophically; no input makes it throw.
 */
public final class DateParser {

  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 2999;

  /**
   * The shortest and longest month or weekday names in any language ("may", "мая", "wednesday",
   * "października").
   */
  private static final int SHORTEST_NAME = 3;

  private static final int LONGEST_NAME = Math.max(9, DateLanguage.LONGEST_NAME);

  /** How many more characters a name may take when written with combining accents. */
  private static final int MOST_MARKS = 3;

  /** The most whitespace allowed between two parts of a date, so that every attempt stays short. */
  private static final int MOST_SPACE = 10;

  /** How far past a date the time pattern may read; the longest time with a zone is shorter. */
  private static final int TIME_LOOKAHEAD = 96;

  /** How far past a date the colon of a time can be: {@code ", at 10:}. */
  private static final int TIME_COLON_REACH = 16;

  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday",
          "mon",
          "tuesday",
          "tue",
          "tues",
          "wednesday",
          "wed",
          "thursday",
          "thu",
          "thur",
          "thurs",
          "friday",
          "fri",
          "saturday",
          "sat",
          "sunday",
          "sun");

  /** Zone abbreviations accepted after a time; upper case only, so ordinary words are not eaten. */
  private static final String ZONE_NAMES =
      "UTC|GMT|UT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|ET|CT|MT|PT|BST|IST|CET|CEST|EET"
          + "|EEST|WET|WEST|MSK|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT";

  /**
   * A time after a date: {@code T08:30}, {@code 08:30:00.5}, {@code , at 10:00 a.m.}, then an
   * optional zone ({@code Z}, {@code +02:00}, {@code -0500}, {@code UTC+3}, {@code EST}) and an
   * optional bracketed zone name. Every repetition is bounded and the parts cannot overlap, so
   * matching is cheap.
   */
  private static final Pattern TIME =
      Pattern.compile(
          "(?:[Tt]|\\h{0,4},\\h{0,4}(?:(?i:at)\\h{1,4})?|\\h{1,4}(?:(?i:at)\\h{1,4})?)"
              + "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,]\\d{1,9})?)?(?!\\d)"
              + "(?:\\h{0,4}(?i:[ap]\\.?m\\.?)(?![\\p{L}\\p{N}]))?"
              + "(?:\\h{0,4}(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?"
              + "|(?:UTC|GMT|UT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|"
              + ZONE_NAMES
              + ")(?![\\p{L}\\p{N}]))?"
              + "(?:\\h{1,4}\\((?:"
              + ZONE_NAMES
              + ")\\))?");

  private DateParser() {}

  /**
   * The date written in {@code whole}: one date in any accepted form, optionally with a weekday
   * before it and a time and zone after it, and nothing else but surrounding whitespace.
   */
  public static Optional<LocalDate> parse(String whole) {
    return parse(whole, 0, whole.length());
  }

  /** The first valid date that starts at or after {@code from}. */
  public static Optional<DateMatch> find(CharSequence text, int from) {
    return find(text, from, text.length());
  }

  /**
   * The first valid date that starts in {@code [from, to)}; it may end after {@code to}. A date
   * must start a word, so an offset inside a word or number skips that word. An impossible date
   * ({@code 2024-02-30}) is skipped as a whole and the search continues after it.
   */
  public static Optional<DateMatch> find(CharSequence text, int from, int to) {
    int limit = Math.min(to, text.length());
    for (int i = Math.max(0, from); i < limit; i++) {
      Candidate candidate;
      if (startsWord(text, i)) {
        candidate = candidateAt(text, i);
      } else if (ChineseDate.canStart(text, i)) {
        candidate = chineseAt(text, i); // Chinese dates may be glued to the words around them
      } else {
        continue;
      }
      if (candidate == null) {
        continue;
      }
      if (candidate.date() != null) {
        return Optional.of(new DateMatch(candidate.date(), candidate.start(), candidate.end()));
      }
      i = candidate.end() - 1;
    }
    return Optional.empty();
  }

  /** The date in {@code text[from, to)} when that span, trimmed, is exactly one date. */
  static Optional<LocalDate> parse(CharSequence text, int from, int to) {
    int start = Math.max(0, from);
    int end = Math.min(to, text.length());
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return Optional.empty();
    }
    Candidate candidate = candidateAt(text, start);
    if (candidate == null || candidate.date() == null || candidate.end() != end) {
      return Optional.empty();
    }
    return Optional.of(candidate.date());
  }

  /** A valid date that starts exactly at {@code start}. */
  static Optional<DateMatch> matchAt(CharSequence text, int start) {
    if (start < 0 || start >= text.length()) {
      return Optional.empty();
    }
    Candidate candidate = candidateAt(text, start);
    if (candidate == null || candidate.date() == null) {
      return Optional.empty();
    }
    return Optional.of(new DateMatch(candidate.date(), candidate.start(), candidate.end()));
  }

  /** The date, or null when it does not exist or its year is outside 1000-2999. */
  static LocalDate validDate(int year, int month, int day) {
    // Checked by hand first because a text full of impossible dates would otherwise throw and
    // catch an exception per candidate, which is slow; LocalDate.of stays the final, strict judge.
    if (year < MIN_YEAR
        || year > MAX_YEAR
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException impossible) {
      return null; // LocalDate.of is strict: February 30 is an error, never March 1
    }
  }

  /**
   * Something that has the shape of a date.
   *
   * @param date the date, or null when the shape names an impossible day (2024-02-30)
   */
  private record Candidate(int start, int end, LocalDate date) {}

  /**
   * The numbers read from a date's shape, not yet checked against the calendar.
   *
   * @param closed whether the shape ends with a mark of its own ({@code 日}), after which anything
   *     may follow without gluing the date to a longer word or number
   */
  private record Shape(int end, int year, int month, int day, boolean closed) {
    Shape(int end, int year, int month, int day) {
      this(end, year, month, day, false);
    }
  }

  private static Candidate candidateAt(CharSequence text, int start) {
    String name = nameAt(text, start);
    if (name == null || !WEEKDAYS.contains(name)) {
      return dateAt(text, start);
    }
    int afterWeekday = start + name.length();
    int next = afterWeekday;
    if (charAt(text, next) == '.') {
      next++;
    }
    next = skipSpace(text, next);
    if (charAt(text, next) == ',') {
      next = skipSpace(text, next + 1);
    }
    if (next == afterWeekday) {
      return null;
    }
    Candidate date = dateAt(text, next);
    return date == null ? null : new Candidate(start, date.end(), date.date());
  }

  private static Candidate dateAt(CharSequence text, int start) {
    Shape shape = shapeAt(text, start);
    return shape == null ? null : candidate(text, start, shape);
  }

  /** A Chinese date at {@code start}, which may be glued to the character before it. */
  private static Candidate chineseAt(CharSequence text, int start) {
    Shape shape = chineseShapeAt(text, start);
    return shape == null ? null : candidate(text, start, shape);
  }

  private static Shape chineseShapeAt(CharSequence text, int start) {
    ChineseDate.Parts parts = ChineseDate.at(text, start);
    return parts == null
        ? null
        : new Shape(parts.end(), parts.year(), parts.month(), parts.day(), true);
  }

  private static Candidate candidate(CharSequence text, int start, Shape shape) {
    int end = shape.end();
    if (shape.closed()) {
      int timeEnd = timeEnd(text, end);
      return new Candidate(
          start,
          timeEnd > end && !gluedAfter(text, timeEnd) ? timeEnd : end,
          validDate(shape.year(), shape.month(), shape.day()));
    }
    int timeEnd = timeEnd(text, end);
    if (timeEnd > end && !gluedAfter(text, timeEnd)) {
      end = timeEnd;
    } else if (gluedAfter(text, end)) {
      return null;
    }
    return new Candidate(start, end, validDate(shape.year(), shape.month(), shape.day()));
  }

  private static Shape shapeAt(CharSequence text, int start) {
    if (ChineseDate.canStart(text, start)) {
      Shape chinese = chineseShapeAt(text, start);
      if (chinese != null) {
        return chinese;
      }
    }
    if (isAsciiDigit(charAt(text, start))) {
      int length = digitRun(text, start);
      if (length == 4) {
        return yearFirst(text, start);
      }
      return length <= 2 ? dayFirst(text, start, length) : null;
    }
    return monthFirst(text, start);
  }

  /** {@code 2022-09-17}, {@code 2022/09/17}, {@code 2022.09.17}. */
  private static Shape yearFirst(CharSequence text, int start) {
    int year = number(text, start, 4);
    char separator = charAt(text, start + 4);
    if (separator != '-' && separator != '/' && separator != '.') {
      return null;
    }
    int monthStart = start + 5;
    int monthLength = digitRun(text, monthStart);
    if (monthLength < 1 || monthLength > 2 || charAt(text, monthStart + monthLength) != separator) {
      return null;
    }
    int dayStart = monthStart + monthLength + 1;
    int dayLength = digitRun(text, dayStart);
    if (dayLength < 1 || dayLength > 2) {
      return null;
    }
    return new Shape(
        dayStart + dayLength,
        year,
        number(text, monthStart, monthLength),
        number(text, dayStart, dayLength));
  }

  /**
   * {@code 17.09.2022}, {@code 26-FEB-1987}, {@code 17 Sep 2022}, {@code 17th of September, 2022},
   * and the day-first forms of the other languages: {@code 2. Mai 1945}, {@code 1er septembre
   * 1939}, {@code 17 de marzo de 1615}, {@code 19 дек. 2023 г.}.
   */
  private static Shape dayFirst(CharSequence text, int start, int dayLength) {
    int day = number(text, start, dayLength);
    int next = start + dayLength;
    char after = charAt(text, next);
    boolean dayDot = false;
    if (after == '.' && isAsciiDigit(charAt(text, next + 1))) {
      int monthLength = digitRun(text, next + 1);
      int yearStart = next + 1 + monthLength + 1;
      if (monthLength < 1
          || monthLength > 2
          || charAt(text, yearStart - 1) != '.'
          || digitRun(text, yearStart) != 4) {
        return null;
      }
      return new Shape(
          yearStart + 4, number(text, yearStart, 4), number(text, next + 1, monthLength), day);
    }
    if (after == '.') {
      dayDot = true;
      next++;
    }
    if (after == '-') {
      String name = nameAt(text, next + 1);
      List<DateLanguage> languages = name == null ? List.of() : DateLanguage.withMonth(name);
      int yearStart = (name == null ? next + 1 : nameEnd(text, next + 1)) + 1;
      if (languages.isEmpty()
          || charAt(text, yearStart - 1) != '-'
          || digitRun(text, yearStart) != 4) {
        return null;
      }
      return new Shape(
          yearStart + 4, number(text, yearStart, 4), languages.get(0).months().get(name), day);
    }
    int afterDay = dayDot ? next : skipOrdinal(text, next);
    String ordinal =
        afterDay == next
            ? null
            : text.subSequence(next, afterDay).toString().toLowerCase(Locale.ROOT);
    int monthStart = skipSpace(text, afterDay);
    if (monthStart == afterDay) {
      return null;
    }
    String beforeMonth = joinerAt(text, monthStart);
    if (beforeMonth != null) {
      int afterJoiner = monthStart + beforeMonth.length();
      monthStart = skipSpace(text, afterJoiner);
      if (monthStart == afterJoiner) {
        return null;
      }
    }
    String name = nameAt(text, monthStart);
    List<DateLanguage> languages = name == null ? List.of() : DateLanguage.withMonth(name);
    if (languages.isEmpty()) {
      return null;
    }
    YearAt year = yearAt(text, nameEnd(text, monthStart), true);
    if (year == null) {
      return null;
    }
    for (DateLanguage language : languages) {
      if ((!dayDot || language.dayDot())
          && (ordinal == null || language.ordinals().contains(ordinal))
          && (beforeMonth == null || language.beforeMonth().contains(beforeMonth))
          && (year.joiner() == null || language.beforeYear().contains(year.joiner()))) {
        return new Shape(
            afterYearWord(text, year.end(), language),
            year.year(),
            language.months().get(name),
            day);
      }
    }
    return null;
  }

  /**
   * {@code September 17, 2022}, {@code Sept. 17, 2022}, {@code Sep 17 2022}, {@code May 1st 2023}:
   * only in a language that writes the month first (English).
   */
  private static Shape monthFirst(CharSequence text, int start) {
    String name = nameAt(text, start);
    DateLanguage language = name == null ? null : monthFirstLanguage(name);
    if (language == null) {
      return null;
    }
    int month = language.months().get(name);
    int afterMonth = nameEnd(text, start);
    boolean dotted = charAt(text, afterMonth) == '.';
    int dayStart = skipSpace(text, dotted ? afterMonth + 1 : afterMonth);
    if (dayStart == afterMonth) {
      return null;
    }
    int dayLength = digitRun(text, dayStart);
    if (dayLength < 1 || dayLength > 2) {
      return null;
    }
    int day = number(text, dayStart, dayLength);
    int afterDay = dayStart + dayLength;
    int afterOrdinal = skipOrdinal(text, afterDay);
    if (afterOrdinal > afterDay
        && !language
            .ordinals()
            .contains(
                text.subSequence(afterDay, afterOrdinal).toString().toLowerCase(Locale.ROOT))) {
      return null;
    }
    YearAt year = yearAt(text, afterOrdinal, false);
    return year == null || year.joiner() != null
        ? null
        : new Shape(year.end(), year.year(), month, day);
  }

  private static DateLanguage monthFirstLanguage(String name) {
    for (DateLanguage language : DateLanguage.withMonth(name)) {
      if (language.monthFirst()) {
        return language;
      }
    }
    return null;
  }

  /**
   * A four-digit year ending a date with a month name.
   *
   * @param joiner the word before it ({@code de}, {@code del}), or null
   */
  private record YearAt(int year, int end, String joiner) {}

  /**
   * Reads the gap and the four-digit year that end a date with a month name; {@code next} is just
   * past the month name (day first) or the day (month first). The gap is a little space, perhaps a
   * full stop after the month and a comma, perhaps a joining word ({@code de 1615}).
   */
  private static YearAt yearAt(CharSequence text, int next, boolean mayBeDotted) {
    int gapStart = next;
    if (mayBeDotted && charAt(text, next) == '.') {
      next++;
    }
    next = skipSpace(text, next);
    if (charAt(text, next) == ',') {
      next = skipSpace(text, next + 1);
    }
    if (next == gapStart) {
      return null;
    }
    String joiner = null;
    if (mayBeDotted) {
      joiner = joinerAt(text, next);
      if (joiner != null) {
        int afterJoiner = next + joiner.length();
        next = skipSpace(text, afterJoiner);
        if (next == afterJoiner) {
          return null;
        }
      }
    }
    if (digitRun(text, next) != 4) {
      return null;
    }
    return new YearAt(number(text, next, 4), next + 4, joiner);
  }

  /** Words that join the parts of a date in some language: {@code of}, {@code de}, {@code del}. */
  private static final Set<String> JOINERS = Set.of("of", "de", "del");

  /** The joining word at {@code start} in lower case, when one stands there as a whole word. */
  private static String joinerAt(CharSequence text, int start) {
    int end = start;
    while (end < text.length() && end - start < 3 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end == start || isWordCharAt(text, end)) {
      return null;
    }
    String word = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    return JOINERS.contains(word) ? word : null;
  }

  /**
   * Where a date ends once a word the language writes after the year is taken in: {@code 2023
   * года}, {@code 2023 г.} (an abbreviation with its full stop), {@code 1939 r.}; else {@code end}.
   */
  private static int afterYearWord(CharSequence text, int end, DateLanguage language) {
    if (language.afterYear().isEmpty()) {
      return end;
    }
    int wordStart = end;
    while (wordStart < text.length() && wordStart - end < 2 && isHorizontalSpace(text, wordStart)) {
      wordStart++;
    }
    if (wordStart == end) {
      return end;
    }
    int wordEnd = wordStart;
    while (wordEnd < text.length()
        && wordEnd - wordStart < 5
        && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd == wordStart || isWordCharAt(text, wordEnd)) {
      return end;
    }
    String word = text.subSequence(wordStart, wordEnd).toString().toLowerCase(Locale.ROOT);
    if (!language.afterYear().contains(word)) {
      return end;
    }
    if (word.length() > 1) {
      return wordEnd;
    }
    // a one-letter abbreviation ("г.", "r.") needs its full stop, and nothing glued after that
    return charAt(text, wordEnd) == '.' && !isWordCharAt(text, wordEnd + 1) ? wordEnd + 1 : end;
  }

  private static boolean isHorizontalSpace(CharSequence text, int i) {
    char c = text.charAt(i);
    return c != '\n' && c != '\r' && isSpace(c);
  }

  /** The end of a time written just after a date, or {@code end} when there is none. */
  private static int timeEnd(CharSequence text, int end) {
    char next = charAt(text, end);
    if (next != 'T' && next != 't' && next != ',' && !isSpace(next)) {
      return end;
    }
    if (!hasColonWithin(text, end, TIME_COLON_REACH)) {
      return end; // cheap test first: most dates are not followed by a time
    }
    Matcher time = TIME.matcher(text);
    time.region(end, Math.min(text.length(), end + TIME_LOOKAHEAD));
    time.useTransparentBounds(true);
    if (!time.lookingAt()) {
      return end;
    }
    int hour = Integer.parseInt(time.group("hour"));
    int minute = Integer.parseInt(time.group("minute"));
    String second = time.group("second");
    boolean valid =
        hour <= 23 && minute <= 59 && (second == null || Integer.parseInt(second) <= 60);
    return valid ? time.end() : end;
  }

  private static boolean hasColonWithin(CharSequence text, int from, int reach) {
    int limit = Math.min(text.length(), from + reach);
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  /** Whether a date may begin at {@code i}: a word starts there, not a number's later part. */
  private static boolean startsWord(CharSequence text, int i) {
    char c = text.charAt(i);
    if (isAsciiDigit(c)) {
      return !isWordCharBefore(text, i)
          && !(i >= 2 && isNumberSeparator(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i - 2)));
    }
    return Character.isLetter(c) && !isWordCharBefore(text, i);
  }

  /** Whether the character at {@code i} continues the word or number that just ended. */
  static boolean gluedAfter(CharSequence text, int i) {
    if (i >= text.length()) {
      return false;
    }
    return isWordCharAt(text, i)
        || (isNumberSeparator(text.charAt(i)) && isAsciiDigit(charAt(text, i + 1)));
  }

  /**
   * The word at {@code start} in lower case when it is as long as a month or weekday name (3 to
   * {@value #LONGEST_NAME} letters), else null; most words of running text are rejected here
   * without being copied. Accents written as combining marks are composed first ({@code aou\u0302t}
   * is {@code août}).
   */
  private static String nameAt(CharSequence text, int start) {
    int end = start;
    boolean marks = false;
    while (end < text.length() && end - start <= LONGEST_NAME + MOST_MARKS) {
      char c = text.charAt(end);
      if (Character.isLetter(c)) {
        end++;
      } else if (end > start && isCombiningMark(c)) {
        marks = true;
        end++;
      } else {
        break;
      }
    }
    if (end - start < SHORTEST_NAME || end - start > LONGEST_NAME + (marks ? MOST_MARKS : 0)) {
      return null;
    }
    String word = text.subSequence(start, end).toString();
    if (marks) {
      word = Normalizer.normalize(word, Normalizer.Form.NFC);
      if (word.length() > LONGEST_NAME) {
        return null;
      }
    }
    return word.toLowerCase(Locale.ROOT);
  }

  /** The end of the name {@link #nameAt} read at {@code start}, its combining marks included. */
  private static int nameEnd(CharSequence text, int start) {
    int end = start;
    while (end < text.length()
        && (Character.isLetter(text.charAt(end)) || isCombiningMark(text.charAt(end)))) {
      end++;
    }
    return end;
  }

  private static boolean isCombiningMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Skips {@code st}, {@code nd}, {@code rd}, {@code th} or {@code er} ({@code 1er}) after a day
   * number; the month's language decides whether the suffix is one of its own.
   */
  private static int skipOrdinal(CharSequence text, int i) {
    if (i + 2 > text.length() || isWordCharAt(text, i + 2)) {
      return i;
    }
    String suffix = text.subSequence(i, i + 2).toString().toLowerCase(Locale.ROOT);
    return switch (suffix) {
      case "st", "nd", "rd", "th", "er" -> i + 2;
      default -> i;
    };
  }

  /** Skips a little whitespace, at most one line break: a date does not run across paragraphs. */
  private static int skipSpace(CharSequence text, int from) {
    int limit = Math.min(text.length(), from + MOST_SPACE);
    int i = from;
    boolean sawLineBreak = false;
    while (i < limit && isSpace(text.charAt(i))) {
      if (text.charAt(i) == '\n') {
        if (sawLineBreak) {
          break;
        }
        sawLineBreak = true;
      }
      i++;
    }
    return i;
  }

  /** The length of the run of ASCII digits at {@code start}, counted up to 9. */
  static int digitRun(CharSequence text, int start) {
    int i = start;
    while (i < text.length() && i - start < 9 && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i - start;
  }

  /** The value of {@code length} ASCII digits at {@code start}, already known to be digits. */
  static int number(CharSequence text, int start, int length) {
    int value = 0;
    for (int i = start; i < start + length; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  static boolean isWordCharBefore(CharSequence text, int i) {
    return i > 0
        && i <= text.length()
        && Character.isLetterOrDigit(Character.codePointBefore(text, i));
  }

  static boolean isWordCharAt(CharSequence text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(Character.codePointAt(text, i));
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Characters that join the parts of one number: {@code 1.5}, {@code 3-4}, {@code 10:30}. */
  private static boolean isNumberSeparator(char c) {
    return c == '-' || c == '.' || c == '/' || c == ':';
  }

  /** The character at {@code i}, or NUL past the end, so that callers need no bounds checks. */
  private static char charAt(CharSequence text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
  }
}

package corpus.load.date;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese dates, {@code 年月日}: year, month and day each followed by its character. The numbers are
 * written in one of two ways, the same throughout a date:
 *
 * <ul>
 *   <li>Arabic digits, ASCII or full-width: {@code 2023年12月19日}, {@code ２０２２年９月１５日};
 *   <li>Chinese numerals, as joint statements and treaties are dated: the year digit by digit with
 *       {@code 〇}, {@code ○} or {@code 零} for zero, the month and day as numbers ({@code
 *       二〇二三年三月二十一日}, {@code 一九四九年十月一日}, {@code 三十一日}).
 * </ul>
 *
 * <p>Up to two spaces may stand around each part ({@code 2023 年 12 月 19 日}), as in text copied from
 * a PDF. A year alone ({@code 2023年}), a year and month ({@code 2023年12月}) and a month and day
 * without a year ({@code 12月19日}, as in a year-less dateline) are not dates. A time written
 * straight after the day ({@code 2023年12月19日10:31}, {@code 19日10时31分}) belongs to the match.
 * Chinese writing does not put spaces between words, so a date may be glued to the characters
 * around it ({@code 新华社北京2023年12月19日电}); only a digit before it makes it part of a longer number.
 */
final class ChineseDate {
  private ChineseDate() {}

  /**
   * The numbers read from a date's shape, not yet checked against the calendar.
   *
   * @param end index just past the day's {@code 日} (and a time glued to it)
   */
  record Parts(int end, int year, int month, int day) {}

  /** A month or day read, and the index just past it. */
  private record Read(int value, int end) {}

  private static final char YEAR = '年';
  private static final char MONTH = '月';
  private static final char DAY = '日';
  private static final char TEN = '十';

  /** The most spaces allowed around a part of the date. */
  private static final int MOST_SPACE = 2;

  /** A time straight after the day: {@code 10:31}, {@code 10：31：05}, {@code 10时31分}. */
  private static final Pattern TIME =
      Pattern.compile(
          "[\\h\u3000]{0,2}(?:(?:[01]?\\d|2[0-3])[:：][0-5]\\d(?:[:：][0-5]\\d)?(?![\\d:：])"
              + "|(?:[01]?\\d|2[0-3])[时時点點](?:[0-5]?\\d分(?:[0-5]?\\d秒)?)?)");

  /** How far past the day a time can reach. */
  private static final int TIME_LOOKAHEAD = 16;

  /** Whether a Chinese date may start at {@code i}: a digit not continuing a number. */
  static boolean canStart(CharSequence text, int i) {
    return i < text.length()
        && yearDigit(text.charAt(i)) >= 0
        && (i == 0 || !isNumberChar(text.charAt(i - 1)));
  }

  /** The date's parts when a Chinese date's shape starts at {@code start}, else null. */
  static Parts at(CharSequence text, int start) {
    if (start < 0 || start >= text.length()) {
      return null;
    }
    boolean numerals = numeralDigit(text.charAt(start)) >= 0;
    int year = 0;
    int i = start;
    for (int k = 0; k < 4; k++, i++) {
      int digit = i < text.length() ? digit(text.charAt(i), numerals) : -1;
      if (digit < 0) {
        return null;
      }
      year = year * 10 + digit;
    }
    i = skipSpace(text, i);
    if (charAt(text, i) != YEAR) {
      return null;
    }
    i = skipSpace(text, i + 1);
    Read month = smallNumber(text, i, numerals);
    if (month == null) {
      return null;
    }
    i = skipSpace(text, month.end());
    if (charAt(text, i) != MONTH) {
      return null;
    }
    i = skipSpace(text, i + 1);
    Read day = smallNumber(text, i, numerals);
    if (day == null) {
      return null;
    }
    i = skipSpace(text, day.end());
    if (charAt(text, i) != DAY) {
      return null;
    }
    int end = i + 1;
    Matcher time = TIME.matcher(text);
    time.region(end, Math.min(text.length(), end + TIME_LOOKAHEAD));
    time.useTransparentBounds(true);
    if (time.lookingAt() && time.end() > end && charAt(text, end) != ' ') {
      end = time.end(); // a time after a space is left to the parser's own time reading
    }
    return new Parts(end, year, month.value(), day.value());
  }

  /**
   * A month or day at {@code start}: one or two Arabic digits, or a Chinese number from 一 to 三十九
   * ({@code 十}, {@code 十二}, {@code 二十}, {@code 三十一}); null when there is none.
   */
  private static Read smallNumber(CharSequence text, int start, boolean numerals) {
    if (!numerals) {
      int i = start;
      int value = 0;
      while (i < text.length() && i - start < 3 && arabicDigit(text.charAt(i)) >= 0) {
        value = value * 10 + arabicDigit(text.charAt(i));
        i++;
      }
      return i == start || i - start > 2 ? null : new Read(value, i);
    }
    int i = start;
    int tens = 0;
    int first = numeralDigit(charAt(text, i));
    if (charAt(text, i) == TEN) {
      tens = 1;
      i++;
    } else if (first >= 1 && first <= 3 && charAt(text, i + 1) == TEN) {
      tens = first;
      i += 2;
    } else if (first >= 1) {
      return new Read(first, i + 1);
    } else {
      return null;
    }
    int unit = numeralDigit(charAt(text, i));
    if (unit >= 1) {
      return new Read(tens * 10 + unit, i + 1);
    }
    return new Read(tens * 10, i);
  }

  private static int digit(char c, boolean numerals) {
    return numerals ? numeralDigit(c) : arabicDigit(c);
  }

  /** A digit of a year in either way of writing it, or -1. */
  private static int yearDigit(char c) {
    int arabic = arabicDigit(c);
    return arabic >= 0 ? arabic : numeralDigit(c);
  }

  /** ASCII {@code 0-9} or full-width {@code ０-９}, or -1. */
  private static int arabicDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= '\uFF10' && c <= '\uFF19' ? c - '\uFF10' : -1;
  }

  /** A Chinese digit {@code 〇 ○ 零 一 ... 九}, or -1; {@code 十} is no digit. */
  private static int numeralDigit(char c) {
    return switch (c) {
      case '〇', '○', '零' -> 0;
      case '一' -> 1;
      case '二' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /** A character that may be part of a number: a digit of either kind or {@code 十}. */
  private static boolean isNumberChar(char c) {
    return yearDigit(c) >= 0 || c == TEN;
  }

  private static int skipSpace(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && i - from < MOST_SPACE && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
  }

  private static char charAt(CharSequence text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
  }
}

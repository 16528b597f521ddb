package corpus.load.date;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 2: a date in the file's path, looked for in this order.
 *
 * <ol>
 *   <li>The file name: year, month and day joined by {@code -}, {@code _} or {@code .} ({@code
 *       2024-08-22_title.txt}, {@code 2024_08_22 title.txt}, {@code reuters-2024-08-22.txt}) or
 *       written as eight digits ({@code 20240822-title.txt}); then any form {@link DateParser}
 *       reads ({@code 26-Feb-1987.txt}).
 *   <li>Folders named {@code YYYY/MM/DD/} ({@code 2024/08/22/story.txt}).
 *   <li>A folder whose own name holds a date ({@code 2024-08-22/story.txt}), the nearest first.
 * </ol>
 *
 * <p>The digits must not be glued to other letters or digits, so hashes such as {@code
 * 000_84b4a583cfa63b36.txt} or {@code a20230512b.txt} give no date; a {@code T} and a time may
 * follow ({@code 20240822T1030.txt}).
 */
final class FileNameRule implements DateRule {

  /** {@code YYYY/MM/DD/} folders anywhere in the path. */
  private static final Pattern DATE_FOLDERS =
      Pattern.compile("(?<![^/])(\\d{4})/(\\d{1,2})/(\\d{1,2})/");

  @Override
  public Optional<DatedText> find(String relativePath, String text) {
    return dateInPath(relativePath)
        .map(date -> new DatedText(text, date, DateSource.FILENAME, null));
  }

  static Optional<LocalDate> dateInPath(String relativePath) {
    String[] segments = relativePath.split("/", -1);
    Optional<LocalDate> inName = dateInName(segments[segments.length - 1]);
    if (inName.isPresent()) {
      return inName;
    }
    Matcher folders = DATE_FOLDERS.matcher(relativePath);
    while (folders.find()) {
      LocalDate date =
          DateParser.validDate(
              Integer.parseInt(folders.group(1)),
              Integer.parseInt(folders.group(2)),
              Integer.parseInt(folders.group(3)));
      if (date != null) {
        return Optional.of(date);
      }
    }
    for (int i = segments.length - 2; i >= 0; i--) {
      Optional<LocalDate> inFolder = dateInName(segments[i]);
      if (inFolder.isPresent()) {
        return inFolder;
      }
    }
    return Optional.empty();
  }

  /** The first valid year-month-day in a file or folder name, else any date the parser reads. */
  static Optional<LocalDate> dateInName(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (!DateParser.isAsciiDigit(name.charAt(i)) || DateParser.isWordCharBefore(name, i)) {
        continue;
      }
      LocalDate date = yearMonthDayAt(name, i);
      if (date != null) {
        return Optional.of(date);
      }
    }
    return DateParser.find(name, 0).map(DateMatch::date);
  }

  /**
   * {@code 20240822} or {@code 2024-08-22} / {@code 2024_08_22} / {@code 2024.08.22} at {@code
   * start}.
   */
  private static LocalDate yearMonthDayAt(String name, int start) {
    int length = DateParser.digitRun(name, start);
    if (length == 8) {
      return endsCleanly(name, start + 8)
          ? DateParser.validDate(
              DateParser.number(name, start, 4),
              DateParser.number(name, start + 4, 2),
              DateParser.number(name, start + 6, 2))
          : null;
    }
    if (length != 4) {
      return null;
    }
    char separator = start + 4 < name.length() ? name.charAt(start + 4) : '\0';
    if (separator != '-' && separator != '_' && separator != '.') {
      return null;
    }
    int monthStart = start + 5;
    int monthLength = DateParser.digitRun(name, monthStart);
    int dayStart = monthStart + monthLength + 1;
    if (monthLength < 1
        || monthLength > 2
        || dayStart - 1 >= name.length()
        || name.charAt(dayStart - 1) != separator) {
      return null;
    }
    int dayLength = DateParser.digitRun(name, dayStart);
    if (dayLength < 1 || dayLength > 2 || !endsCleanly(name, dayStart + dayLength)) {
      return null;
    }
    return DateParser.validDate(
        DateParser.number(name, start, 4),
        DateParser.number(name, monthStart, monthLength),
        DateParser.number(name, dayStart, dayLength));
  }

  /** Nothing glued after the day, except a time: {@code 2024-08-22T10-30}. */
  private static boolean endsCleanly(String name, int end) {
    if (end < name.length()
        && (name.charAt(end) == 'T' || name.charAt(end) == 't')
        && end + 1 < name.length()
        && DateParser.isAsciiDigit(name.charAt(end + 1))) {
      return true;
    }
    return !DateParser.isWordCharAt(name, end);
  }
}

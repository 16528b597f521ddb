package corpus.load.date;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 3: a wire-service dateline opening a line near the start, in the style of the press that
 * wrote it:
 *
 * <ul>
 *   <li>{@code PLACE, DATE [agency] -}: {@code BEIJING, Sept. 17, 2022 /PRNewswire/ — On the
 *       afternoon...}, {@code WASHINGTON, Jan. 5, 2023 (Reuters) - The...}, {@code SAN FRANCISCO,
 *       Calif., March 3, 2023 --}, {@code МОСКВА, 16 мая 2024 — РИА Новости.};
 *   <li>TASS's {@code PLACE, DATE. /AGENCY/.}, with no dash: {@code МОСКВА, 19 декабря 2023.
 *       /ТАСС/.};
 *   <li>Interfax's {@code Place. DATE. INTERFAX.RU -}: {@code Москва. 21 марта 2023. INTERFAX.RU
 *       -};
 *   <li>the Chinese sender, place, date and {@code 电} (or {@code 讯}), all glued together: {@code
 *       新华社北京2023年12月19日电}, {@code 新华网莫斯科２０２２年９月１５日电}.
 * </ul>
 *
 * <p>The dateline must start a line and end within the first {@value #WINDOW} characters after any
 * leading whitespace, so a headline line may come before it. It stays in the body: it is part of
 * the article as published. A dateline without a year ({@code MOSCOW, August 22. /TASS/.}, {@code
 * МОСКВА, 19 декабря. /ТАСС/.}, {@code 新华社北京12月19日电}) gives no date: the later rules may still find
 * one.
 *
 * <p>When no line opens with a dated dateline, a printed paper's issue line within the first or the
 * last {@value #WINDOW} characters gives the date of the issue: {@code 《 人民日报 》（ 2023年12月20日 第 03
 * 版）}, {@code 人民日报 2023年12月20日 第3版}. Web copies of People's Daily print it under the article; it is
 * the paper's own statement of the day it appeared, so it counts as a dateline.
 */
final class DatelineRule implements DateRule {

  static final int WINDOW = 300;

  /** How far past a date the end of a dateline may reach. */
  private static final int LONGEST_END = Dateline.LONGEST_AGENCY_AND_DASH;

  @Override
  public Optional<DatedText> find(String relativePath, String text) {
    int start = 0;
    while (start < text.length() && DateParser.isSpace(text.charAt(start))) {
      start++;
    }
    int windowEnd = Math.min(text.length(), start + WINDOW);
    int lineStart = start;
    while (lineStart < windowEnd) {
      int lineEnd = lineStart;
      while (lineEnd < windowEnd && text.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      Optional<DateMatch> date = DateParser.find(text, lineStart, lineEnd);
      if (date.isPresent() && isDateline(text, lineStart, date.get(), windowEnd)) {
        return Optional.of(new DatedText(text, date.get().date(), DateSource.DATELINE, null));
      }
      lineStart = lineEnd + 1;
    }
    return issueLine(text, start, windowEnd)
        .or(() -> issueLine(text, Math.max(windowEnd, text.length() - WINDOW), text.length()))
        .map(found -> new DatedText(text, found.date(), DateSource.DATELINE, null));
  }

  private static boolean isDateline(String text, int lineStart, DateMatch date, int windowEnd) {
    if (date.end() > windowEnd) {
      return false;
    }
    CharSequence before = text.subSequence(lineStart, date.start());
    if (Dateline.PLACE.matcher(before).matches()) {
      return follows(text, date.end(), Dateline.AGENCY_AND_DASH)
          || follows(text, date.end(), Dateline.SLASHED_AGENCY_AND_STOP);
    }
    if (Dateline.PLACE_AND_STOP.matcher(before).matches()) {
      return follows(text, date.end(), Dateline.INTERFAX_AND_DASH);
    }
    return Dateline.CHINESE_SENDER_AND_PLACE.matcher(before).matches()
        && follows(text, date.end(), Dateline.CHINESE_WIRE_MARK);
  }

  private static boolean follows(String text, int from, Pattern end) {
    Matcher after = end.matcher(text);
    after.region(from, Math.min(text.length(), from + LONGEST_END));
    after.useTransparentBounds(true);
    return after.lookingAt();
  }

  /** The date of the first issue line that starts in {@code [from, to)}. */
  private static Optional<DateMatch> issueLine(String text, int from, int to) {
    if (from >= to) {
      return Optional.empty();
    }
    Optional<DateMatch> bracketed =
        issueLine(text, from, to, Dateline.ISSUE_LINE_BRACKETED, Dateline.ISSUE_LINE_BRACKETED_END);
    return bracketed.isPresent()
        ? bracketed
        : issueLine(text, from, to, Dateline.ISSUE_LINE_PLAIN, Dateline.ISSUE_LINE_PLAIN_END);
  }

  private static Optional<DateMatch> issueLine(
      String text, int from, int to, Pattern opening, Pattern closing) {
    Matcher start = opening.matcher(text);
    start.region(from, to);
    start.useTransparentBounds(true);
    while (start.find()) {
      Optional<DateMatch> date = DateParser.matchAt(text, start.end());
      if (date.isPresent() && follows(text, date.get().end(), closing)) {
        return date;
      }
    }
    return Optional.empty();
  }
}

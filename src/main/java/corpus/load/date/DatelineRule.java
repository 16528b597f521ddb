package corpus.load.date;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Rule 3: a wire-service dateline, {@code PLACE, DATE [agency] -}, opening a line near the start:
 * {@code BEIJING, Sept. 17, 2022 /PRNewswire/ — On the afternoon...}, {@code WASHINGTON, Jan. 5,
 * 2023 (Reuters) - The...}, {@code SAN FRANCISCO, Calif., March 3, 2023 --}.
 *
 * <p>The dateline must start a line and end within the first {@value #WINDOW} characters after any
 * leading whitespace, so a headline line may come before it. It stays in the body: it is part of
 * the article as published.
 */
final class DatelineRule implements DateRule {

  static final int WINDOW = 300;

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
    return Optional.empty();
  }

  private static boolean isDateline(String text, int lineStart, DateMatch date, int windowEnd) {
    if (date.end() > windowEnd
        || !Dateline.PLACE.matcher(text.subSequence(lineStart, date.start())).matches()) {
      return false;
    }
    Matcher after = Dateline.AGENCY_AND_DASH.matcher(text);
    after.region(
        date.end(), Math.min(text.length(), date.end() + Dateline.LONGEST_AGENCY_AND_DASH));
    return after.lookingAt();
  }
}

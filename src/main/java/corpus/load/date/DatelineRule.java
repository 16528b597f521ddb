package corpus.load.date;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * A capitalised or all-caps word of a place name: {@code BEIJING}, {@code D.C.}, {@code O'Hare}.
   */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]{0,30}";

  /** Lower-case words inside place names: Rio de Janeiro, Frankfurt am Main, Stratford-upon... */
  private static final String JOINER = "(?:de|del|da|do|dos|la|le|el|am|an|on|upon|of|sur|en)";

  /**
   * Everything before the date: a place of up to five words, up to two qualifiers ({@code ,
   * Calif.}, {@code , China}) and the comma. Words and separators cannot overlap, so this cannot
   * backtrack badly, and it only ever sees one short line.
   */
  private static final Pattern PLACE =
      Pattern.compile(
          "\\h*"
              + WORD
              + "(?:\\h+(?:"
              + JOINER
              + "\\h+)?"
              + WORD
              + "){0,4}(?:,\\h*"
              + WORD
              + "(?:\\h+"
              + WORD
              + "){0,2}){0,2},\\h*");

  /**
   * What follows the date: an optional agency ({@code /PRNewswire/}, {@code (Reuters)}), a dash.
   */
  private static final Pattern AGENCY_AND_DASH =
      Pattern.compile(
          "\\h*(?:/[^/\\n]{1,60}/|\\([^()\\n]{1,60}\\))?\\h*(?:--|[-\u2012\u2013\u2014\u2015])");

  private static final int LONGEST_AGENCY_AND_DASH = 80;

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
        || !PLACE.matcher(text.subSequence(lineStart, date.start())).matches()) {
      return false;
    }
    Matcher after = AGENCY_AND_DASH.matcher(text);
    after.region(date.end(), Math.min(text.length(), date.end() + LONGEST_AGENCY_AND_DASH));
    return after.lookingAt();
  }
}

package corpus.load.date;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines, defined in one place for the date rule and the title alike. A dateline opens a
 * story: a place in capitals, perhaps a date, perhaps an agency marker, then a dash: {@code
 * BEIJING, Sept. 17, 2022 /PRNewswire/ — }, {@code WASHINGTON, Jan. 5, 2023 (Reuters) - }, {@code
 * LONDON (Reuters) - }, {@code MOSCOW, August 22. /TASS/. }.
 *
 * <p>The two users need different amounts of it. The date rule ({@link DatelineRule}) reads a date
 * from it, so it needs a complete date and the dash, and accepts any capitalised place with its
 * qualifiers ({@code Rio de Janeiro}, {@code Moscow, Russia}). A title drops a dateline it starts
 * with ({@link #lengthAtStart}), dated or not, so it needs the agency marker and a place all in
 * capitals: an ordinary sentence starting with a name and a bracket is not a dateline.
 */
public final class Dateline {
  private Dateline() {}

  /** An agency marker: {@code /PRNewswire/}, {@code (Reuters)}, {@code /TASS/}. */
  private static final String AGENCY = "(?:/[^/\\n]{1,60}/|\\([^()\\n]{1,60}\\))";

  /**
   * The dash that ends a dateline: a hyphen, two hyphens, or a figure, en, em or horizontal dash.
   */
  private static final String DASH = "(?:--|[-\u2012\u2013\u2014\u2015])";

  /**
   * A capitalised or all-caps word of a place name: {@code BEIJING}, {@code D.C.}, {@code O'Hare}.
   */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]{0,30}";

  /**
   * A word of a place written in capitals, as wires do: {@code BEIJING}, {@code ST.}, {@code U.S.}.
   */
  private static final String CAPITALS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]{1,30}";

  /** Lower-case words inside place names: Rio de Janeiro, Frankfurt am Main, Stratford-upon... */
  private static final String JOINER = "(?:de|del|da|do|dos|la|le|el|am|an|on|upon|of|sur|en)";

  /**
   * Everything before the date: a place of up to five words, up to two qualifiers ({@code ,
   * Calif.}, {@code , China}) and the comma. Words and separators cannot overlap, so this cannot
   * backtrack badly, and it only ever sees one short line.
   */
  static final Pattern PLACE =
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

  /** What follows the date: an optional agency, then the dash. */
  static final Pattern AGENCY_AND_DASH = Pattern.compile("\\h*" + AGENCY + "?\\h*" + DASH);

  /** The longest text {@link #AGENCY_AND_DASH} can match. */
  static final int LONGEST_AGENCY_AND_DASH = 80;

  /**
   * A dateline a title drops: a place in capitals, optionally a comma and a short date ({@code
   * August 22.}, {@code Sept. 17, 2022}), the agency marker, then an optional full stop and dash.
   */
  private static final Pattern AT_START =
      Pattern.compile(
          "^"
              + CAPITALS_WORD
              + "(?:\\h+"
              + CAPITALS_WORD
              + "){0,4}"
              + "(?:,[^/()\\n]{1,30}?)?"
              + "\\s*"
              + AGENCY
              + "\\.?\\s*(?:"
              + DASH
              + "\\s*)?");

  /** How many characters of {@code line} a dateline without a required date takes; 0 if none. */
  public static int lengthAtStart(String line) {
    Matcher dateline = AT_START.matcher(line);
    return dateline.lookingAt() ? dateline.end() : 0;
  }
}

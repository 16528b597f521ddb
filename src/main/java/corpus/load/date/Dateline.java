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

  /**
   * What follows the date in TASS's style: an optional full stop, the agency between slashes and a
   * full stop, no dash: {@code МОСКВА, 19 декабря 2023. /ТАСС/. }.
   */
  static final Pattern SLASHED_AGENCY_AND_STOP = Pattern.compile("\\.?\\h*/[^/\\n]{1,60}/\\h*\\.");

  /**
   * Interfax's place, ended by a full stop instead of a comma: {@code Москва. 21 марта 2023.
   * INTERFAX.RU - }; only with {@link #INTERFAX_AND_DASH} after the date.
   */
  static final Pattern PLACE_AND_STOP =
      Pattern.compile("\\h*" + WORD + "(?:\\h+" + WORD + "){0,4}\\.\\h*");

  /** What follows the date in Interfax's style: a full stop, the agency, the dash. */
  static final Pattern INTERFAX_AND_DASH =
      Pattern.compile("\\.\\h*(?iu:INTERFAX\\.RU|ИНТЕРФАКС)\\h*" + DASH);

  /**
   * Everything before the date of a Chinese wire dateline: the sender and the place, glued to each
   * other and to the date, as in {@code 新华社北京2023年12月19日电}, {@code 新华网莫斯科２０２２年９月１５日电}, {@code
   * 本报北京12月19日讯}.
   */
  static final Pattern CHINESE_SENDER_AND_PLACE =
      Pattern.compile("\\h*[（(【\\[]?\\p{IsHan}{2,20}\\h?");

  /**
   * What follows the date of a Chinese dateline: {@code 电} (a wire) or {@code 讯} (a report), not
   * starting a longer word ({@code 电视}).
   */
  static final Pattern CHINESE_WIRE_MARK = Pattern.compile("[电讯](?!\\p{IsHan})");

  /**
   * The start of a printed paper's issue line, before its date: {@code 《 人民日报 》（ 2023年12月20日 第 03
   * 版）}, in which the book-title marks and the bracket make it the paper's own statement.
   */
  static final Pattern ISSUE_LINE_BRACKETED =
      Pattern.compile("《\\h*(人民日报(?:海外版)?)\\h*》\\h*[（(]\\h*");

  /** What ends the bracketed issue line after the date: perhaps the page, then the bracket. */
  static final Pattern ISSUE_LINE_BRACKETED_END =
      Pattern.compile("\\h*(?:第?\\h*[\\d０-９]{1,3}\\h*版\\h*)?[）)]");

  /** The start of an issue line without brackets, {@code 人民日报 2023年12月20日 第3版}. */
  static final Pattern ISSUE_LINE_PLAIN = Pattern.compile("(?<!\\p{IsHan})(人民日报(?:海外版)?)\\h+");

  /** The page that must end an issue line without brackets, {@code 第3版}. */
  static final Pattern ISSUE_LINE_PLAIN_END = Pattern.compile("\\h*第\\h*[\\d０-９]{1,3}\\h*版");

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

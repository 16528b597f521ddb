package corpus.query;

import java.util.regex.Pattern;

/**
 * What the user reads on stderr is one line, whatever it quotes: a query they typed, an exception's
 * message, a damaged segment's complaint. The one place that makes text fit a line.
 */
public final class Messages {
  private Messages() {}

  /** Quoted text longer than this is cut, so the line still says what is wrong. */
  private static final int QUOTED_MAX = 80;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Control characters and Unicode line breaks would break the line or the terminal. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]");

  /**
   * A message on one line: runs of whitespace (line breaks included) become one space, control
   * characters show as {@code ?}; {@code no details} when there is no message at all.
   */
  public static String oneLine(String message) {
    return message == null ? "no details" : clean(message);
  }

  /** A user's text quoted in a message: one line, at most 80 characters ({@code ...} when cut). */
  public static String quoted(String text) {
    if (text == null) {
      return "";
    }
    String line = clean(text);
    return line.length() > QUOTED_MAX ? line.substring(0, QUOTED_MAX - 3) + "..." : line;
  }

  private static String clean(String text) {
    return CONTROL.matcher(WHITESPACE.matcher(text.strip()).replaceAll(" ")).replaceAll("?");
  }
}

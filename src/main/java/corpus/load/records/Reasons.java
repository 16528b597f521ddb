package corpus.load.records;

/**
 * Turns a message (often a parser's, with the file's own characters in it) into one short line that
 * a summary table or a log line can hold.
 */
final class Reasons {
  static final int MAX_LENGTH = 300;

  private Reasons() {}

  static String oneLine(String message) {
    StringBuilder line = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < message.length(); ) {
      int c = message.codePointAt(i);
      i += Character.charCount(c);
      if (breaksLine(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = line.length() > 0;
        continue;
      }
      if (line.length() >= MAX_LENGTH) {
        return line.append('…').toString();
      }
      if (space) {
        line.append(' ');
        space = false;
      }
      line.appendCodePoint(c);
    }
    return line.length() == 0 ? "unreadable" : line.toString();
  }

  private static boolean breaksLine(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}

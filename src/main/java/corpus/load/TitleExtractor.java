package corpus.load;

import corpus.load.date.Dateline;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an article's title: the header's title if it has one, else the first line when it is a
 * short headline, else the first sentence, shortened.
 *
 * <p>Lengths are counted in Java chars. Stateless and thread-safe.
 */
public final class TitleExtractor {

  /** Longer than this, a first line is a paragraph rather than a headline. */
  public static final int MAX_LENGTH = 140;

  private static final String ELLIPSIS = "…";

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Words that end with a full stop without ending the sentence. Months are here because datelines
   * and body text write {@code Sept. 17}; {@code etc.} is not, because it usually ends one.
   */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Gov", "Sen", "Rep", "Lt",
          "Col", "Capt", "Sgt", "Maj", "Adm", "Rev", "Hon", "Messrs", "Inc", "Ltd", "Co", "Corp",
          "No", "Nos", "Vol", "vs", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
          "Sep", "Sept", "Oct", "Nov", "Dec");

  /** {@code U.S}, {@code U.N}, {@code e.g}, {@code a.m}: initials whose last dot is the stop. */
  private static final Pattern DOTTED_INITIALS = Pattern.compile("\\p{L}(?:\\.\\p{L})+");

  /**
   * @param body the article text with any date header already removed
   */
  public String title(String body) {
    return title(body, null);
  }

  /**
   * @param body the article text with any date header already removed
   * @param headerTitle a title from the file's header block, or null; it wins when not blank
   * @return the title with whitespace collapsed, or "" when the body has no text
   */
  public String title(String body, String headerTitle) {
    if (headerTitle != null && !TextDecoder.isBlank(headerTitle)) {
      return collapseWhitespace(headerTitle);
    }
    // Only the start of the line can become the title; a news wire may put a whole article on one
    // line, and collapsing all of it cost 6% of indexing time.
    String firstLine =
        firstNonBlankLine(body).map(line -> collapsedPrefix(line, SCAN_LIMIT)).orElse("");
    if (firstLine.length() <= MAX_LENGTH) {
      return firstLine;
    }
    String withoutDateline = stripDateline(firstLine);
    return shorten(firstSentence(withoutDateline.isEmpty() ? firstLine : withoutDateline));
  }

  /** The line without a wire dateline it starts with ({@link Dateline#lengthAtStart}). */
  static String stripDateline(String line) {
    return line.substring(Dateline.lengthAtStart(line));
  }

  /**
   * The text up to the first {@code .}, {@code !} or {@code ?} that is followed by whitespace (a
   * closing quote or bracket may come between), skipping stops after initials and abbreviations and
   * stops followed by a lower-case letter, which continue the sentence.
   */
  static String firstSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && isClosingMark(text.charAt(end))) {
        end++;
      }
      if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        continue;
      }
      // "Really?" she asked. -- a lower-case word after any stop continues the sentence.
      if (nextWordIsLowerCase(text, end) || (c == '.' && endsWithAbbreviation(text, i))) {
        continue;
      }
      return text.substring(0, end);
    }
    return text;
  }

  /** Cuts at the last word boundary so that the result, ellipsis included, fits MAX_LENGTH. */
  static String shorten(String sentence) {
    if (sentence.length() <= MAX_LENGTH) {
      return sentence;
    }
    int limit = MAX_LENGTH - ELLIPSIS.length();
    int cut = sentence.lastIndexOf(' ', limit);
    if (cut <= 0) {
      // One enormous "word" (a URL, text without spaces): cut it, but not inside a surrogate pair.
      cut = Character.isLowSurrogate(sentence.charAt(limit)) ? limit - 1 : limit;
    }
    String kept = sentence.substring(0, cut).stripTrailing();
    // "face, Liu Xu," reads better as "face, Liu Xu…" than "face, Liu Xu,…".
    while (!kept.isEmpty() && ",;:-–—".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
      kept = kept.substring(0, kept.length() - 1).stripTrailing();
    }
    return kept + ELLIPSIS;
  }

  private static boolean endsWithAbbreviation(String text, int stop) {
    int start = stop;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    // Drop opening quotes and brackets: ("Dr. Li") still ends its word with Dr.
    while (start < stop && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    String word = text.substring(start, stop);
    boolean singleInitial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return singleInitial || ABBREVIATIONS.contains(word) || DOTTED_INITIALS.matcher(word).matches();
  }

  private static boolean nextWordIsLowerCase(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  private static boolean isClosingMark(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
  }

  private static Optional<String> firstNonBlankLine(String body) {
    return body.lines().filter(line -> !TextDecoder.isBlank(line)).findFirst();
  }

  /**
   * Enough collapsed text to find a title in: a dateline (under a hundred characters in practice),
   * the {@link #MAX_LENGTH} characters kept, and the word after them. Every article pays for the
   * scan, so it stops there.
   */
  private static final int SCAN_LIMIT = 3 * MAX_LENGTH;

  /** Like {@link #collapseWhitespace}, but stops once {@code limit} characters are collected. */
  static String collapsedPrefix(String line, int limit) {
    StringBuilder out = new StringBuilder(Math.min(line.length(), limit));
    boolean space = false;
    for (int i = 0; i < line.length() && out.length() < limit; i++) {
      char c = line.charAt(i);
      boolean printableAscii = c > ' ' && c < 0x7f;
      if (!printableAscii && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String collapseWhitespace(String text) {
    // Replace first, then strip: strip() alone would keep a leading no-break space.
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}

package corpus.load;

import corpus.load.date.Dateline;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's title: the header's title if it has one, else the first line when it is a
 * short headline, else the first sentence, shortened.
 *
 * <p>The same rules serve English, Russian and Chinese, and the text itself decides which apply, so
 * no language is passed in: a Chinese full stop ({@code 。！？}) ends a sentence without the space a
 * Latin or Cyrillic one needs, a wide (Chinese, Japanese, Korean) character weighs more than a
 * letter ({@link #weight}), and a title is cut next to a wide character as well as at a space. Text
 * without wide characters is measured and cut exactly as before those rules. Stateless and
 * thread-safe.
 */
public final class TitleExtractor {

  /**
   * Longer than this, a first line is a paragraph rather than a headline; a shortened title fits in
   * it. Measured by {@link #weight}: Java chars, with a wide character counting {@value
   * #WIDE_WEIGHT}.
   */
  public static final int MAX_LENGTH = 140;

  /**
   * What a wide character (Han, kana, Hangul, full-width forms and CJK punctuation) counts towards
   * {@link #MAX_LENGTH}. Three, not the two columns a terminal gives it: one Han character carries
   * about what three letters of English do, and 140 / 3 = 46 characters sits above Xinhua's longest
   * headlines (rarely past 30 characters) and below a lead paragraph with its dateline ({@code
   * 新华社北京12月19日电（记者 张三）} alone is 20), where counting two (70 characters) would take most
   * one-sentence leads, dateline and all, for headlines. Emoji are not wide here: they keep the two
   * chars of their surrogate pair, so text without CJK characters is measured as before.
   */
  static final int WIDE_WEIGHT = 3;

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

  /**
   * Russian abbreviations that stand before a capital or a number: {@code 2024 г. Путин}, {@code
   * ул. Тверская}, {@code д. 5}, {@code проф. Иванов}, {@code ст. 105}. Dotted ones ({@code т.е.},
   * {@code и.о.}) and initials ({@code В. В. Путин}) are caught as in English; {@code млн.}, {@code
   * тыс.}, {@code руб.} are not here, because the lower-case word after them ({@code 5 млн.
   * рублей}) already continues the sentence and a capital after them starts a new one; {@code им.}
   * is not, because it is also a pronoun that ends sentences.
   */
  private static final Set<String> RUSSIAN_ABBREVIATIONS =
      Set.of(
          "г", "гг", "вв", "ул", "пр", "просп", "пер", "пл", "наб", "д", "обл", "р-н", "р", "с",
          "пос", "ст", "св", "проф", "акад", "доц", "ок", "см", "рис", "стр");

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
    if (weight(firstLine) <= MAX_LENGTH) {
      return firstLine;
    }
    String withoutDateline = stripDateline(firstLine);
    return shorten(firstSentence(withoutDateline.isEmpty() ? firstLine : withoutDateline));
  }

  /**
   * A Chinese wire dateline: agency and place, month and day (perhaps the year), {@code 电} or
   * {@code 讯}, and perhaps the reporters in brackets: {@code 新华社北京12月19日电（记者 张三）}, {@code
   * 中新网12月19日电}, {@code 本报北京2024年12月19日讯}. The Latin and Cyrillic ones ({@code МОСКВА, 19 декабря.
   * /ТАСС/.}) are {@link Dateline}'s.
   */
  private static final Pattern CHINESE_DATELINE =
      Pattern.compile(
          "^\\p{IsHan}{2,15}?\\h*(?:\\p{Nd}{4}年)?\\p{Nd}{1,2}月\\p{Nd}{1,2}日[电讯]"
              + "\\h*(?:[（(][^（）()\\n]{1,40}[）)])?[\\h:：]*");

  /**
   * The line without a wire dateline it starts with ({@link Dateline#lengthAtStart}, or {@link
   * #CHINESE_DATELINE}).
   */
  static String stripDateline(String line) {
    int length = Dateline.lengthAtStart(line);
    if (length == 0) {
      Matcher chinese = CHINESE_DATELINE.matcher(line);
      length = chinese.lookingAt() ? chinese.end() : 0;
    }
    return line.substring(length);
  }

  /**
   * The text up to the first {@code .}, {@code !} or {@code ?} that is followed by whitespace (a
   * closing quote or bracket may come between), skipping stops after initials and abbreviations and
   * stops followed by a lower-case letter, which continue the sentence; or up to the first Chinese
   * {@code 。}, {@code ！} or {@code ？} (and its closing marks), which ends a sentence with no space
   * after it.
   */
  static String firstSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wideStop = c == '。' || c == '！' || c == '？';
      if (c != '.' && c != '!' && c != '?' && !wideStop) {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && isClosingMark(text.charAt(end))) {
        end++;
      }
      if (wideStop) {
        return text.substring(0, end);
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

  /**
   * Cuts at the last word boundary so that the result, ellipsis included, fits MAX_LENGTH. Chinese
   * has no spaces between words, so either side of a wide character is a boundary too: Chinese is
   * cut between characters, and a Latin name inside it stays whole.
   */
  static String shorten(String sentence) {
    if (weight(sentence) <= MAX_LENGTH) {
      return sentence;
    }
    int limit = fit(sentence, MAX_LENGTH - ELLIPSIS.length());
    int cut = limit;
    while (cut > 0 && !isWordBoundary(sentence, cut)) {
      cut--;
    }
    if (cut <= 0) {
      // One enormous "word" (a URL, text without spaces): cut it; fit() never splits a pair.
      cut = limit;
    }
    String kept = sentence.substring(0, cut).stripTrailing();
    // "face, Liu Xu," reads better as "face, Liu Xu…" than "face, Liu Xu,…"; "会谈，" and "同（"
    // likewise lose the comma and the opening bracket.
    while (!kept.isEmpty()
        && DROPPED_BEFORE_ELLIPSIS.indexOf(kept.charAt(kept.length() - 1)) >= 0) {
      kept = kept.substring(0, kept.length() - 1).stripTrailing();
    }
    return kept + ELLIPSIS;
  }

  private static final String DROPPED_BEFORE_ELLIPSIS = ",;:-–—，、；：（《「『【“";

  /** A space, or either side of a wide character; never inside a surrogate pair. */
  private static boolean isWordBoundary(String text, int index) {
    if (text.charAt(index) == ' ') {
      return true;
    }
    if (Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1))) {
      return false;
    }
    return isWide(text.codePointBefore(index)) || isWide(text.codePointAt(index));
  }

  /**
   * The length {@link #MAX_LENGTH} is measured in: Java chars, except that a wide character counts
   * {@value #WIDE_WEIGHT}. Without wide characters it is {@code text.length()}.
   */
  static int weight(String text) {
    int weight = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int chars = Character.charCount(codePoint);
      weight += isWide(codePoint) ? WIDE_WEIGHT : chars;
      i += chars;
    }
    return weight;
  }

  /**
   * The longest prefix, in chars, whose {@link #weight} is at most {@code budget}; it ends between
   * code points.
   */
  private static int fit(String text, int budget) {
    int weight = 0;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int chars = Character.charCount(codePoint);
      weight += isWide(codePoint) ? WIDE_WEIGHT : chars;
      if (weight > budget) {
        break;
      }
      i += chars;
    }
    return i;
  }

  /**
   * East Asian wide and full-width characters (Unicode's East Asian Width W and F) of the CJK
   * scripts: Hangul Jamo, CJK punctuation and radicals, kana, Bopomofo, Han (with the extensions
   * past the BMP), Yi, Hangul syllables, compatibility ideographs, vertical and full-width forms.
   * Emoji, also wide on a terminal, are left out (see {@link #WIDE_WEIGHT}).
   */
  static boolean isWide(int codePoint) {
    return (codePoint >= 0x1100 && codePoint <= 0x115F)
        || (codePoint >= 0x2E80 && codePoint <= 0x303E)
        || (codePoint >= 0x3041 && codePoint <= 0x33FF)
        || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
        || (codePoint >= 0x4E00 && codePoint <= 0x9FFF)
        || (codePoint >= 0xA000 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
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
    return singleInitial
        || ABBREVIATIONS.contains(word)
        || RUSSIAN_ABBREVIATIONS.contains(word)
        || DOTTED_INITIALS.matcher(word).matches();
  }

  private static boolean nextWordIsLowerCase(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  private static boolean isClosingMark(char c) {
    return c == '"'
        || c == '\''
        || c == '”'
        || c == '’'
        || c == '»'
        || c == ')'
        || c == ']'
        || "）」』》】〕".indexOf(c) >= 0;
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

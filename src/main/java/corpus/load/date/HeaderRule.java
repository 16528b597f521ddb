package corpus.load.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 1: a date header at the very start of the text (after any whitespace), in one of two shapes.
 *
 * <ul>
 *   <li>A block of {@code Key: value} lines ({@code Title:}, {@code Source:}, {@code Published:}
 *       ...), ended by a blank line or by the first line of another kind. When a {@code Published},
 *       {@code Date} or {@code Updated} value (preferred in that order) is a date, the whole block
 *       is removed from the body, its {@code Title} becomes the header title and its {@code Source}
 *       the article's outlet. When none is, the block is not a date header and stays in the body.
 *   <li>A keyword ({@code date}, {@code published} or {@code updated}, colon optional) followed by
 *       a date, with the article continuing on the same line, as in the scraped TASS files: {@code
 *       date 2024-08-22 BEIJING, August 22. ...}. Only the keyword, the date and the whitespace
 *       after it are removed.
 * </ul>
 *
 * <p>Russian and Chinese labels stand for the English ones ({@code Опубликовано:}, {@code 发布时间：}
 * for Published; {@code Дата:}, {@code 日期：}, {@code 时间：} for Date; {@code Обновлено:}, {@code
 * 更新时间：} for Updated; {@code Заголовок}/{@code 标题} and {@code Источник}/{@code 来源} for Title and
 * Source), with the same preference; a colon may be full-width.
 *
 * <p>A time or zone after the date never changes it: {@code 2022-09-17T23:30:00-05:00} is September
 * 17, the day the publisher printed.
 */
final class HeaderRule implements DateRule {

  /** Keys whose value may be the publication date, the most telling first. */
  private static final List<String> DATE_KEYS = List.of("published", "date", "updated");

  private static final String TITLE_KEY = "title";

  private static final String SOURCE_KEY = "source";

  /**
   * The Russian and Chinese labels of the same fields, each standing for its English key, so that
   * the same preference holds in every language: {@code Опубликовано} and {@code 发布时间} are
   * published, {@code Дата}, {@code 日期} and {@code 时间} are date, {@code Обновлено} and {@code 更新时间}
   * are updated.
   */
  private static final Map<String, String> KEY_ALIASES =
      Map.ofEntries(
          Map.entry("опубликовано", "published"),
          Map.entry("дата публикации", "published"),
          Map.entry("发布时间", "published"),
          Map.entry("发布日期", "published"),
          Map.entry("дата", "date"),
          Map.entry("日期", "date"),
          Map.entry("时间", "date"),
          Map.entry("обновлено", "updated"),
          Map.entry("更新时间", "updated"),
          Map.entry("更新日期", "updated"),
          Map.entry("заголовок", TITLE_KEY),
          Map.entry("标题", TITLE_KEY),
          Map.entry("источник", SOURCE_KEY),
          Map.entry("来源", SOURCE_KEY));

  /**
   * {@code Key:} at the start of a line, the key one to three words of letters; the colon may be
   * full-width, as in Chinese ({@code 发布时间：}).
   */
  private static final Pattern FIELD_KEY =
      Pattern.compile("\\h*(\\p{L}+(?:\\h\\p{L}+){0,2})\\h*[:：]");

  /** How far into a line a field's colon may be; real keys are far shorter. */
  private static final int LONGEST_KEY = 100;

  /**
   * The keyword of the inline shape, in English, Russian or Chinese; it must be a whole word, so
   * {@code dated 2024...} is not.
   */
  private static final Pattern INLINE_KEY =
      Pattern.compile(
          "(?iu:date|published|updated|дата|опубликовано|обновлено|发布时间|发布日期|日期|时间)"
              + "(?![\\p{L}\\p{N}])\\h{0,8}[:：]?\\h{0,8}");

  private static final int LONGEST_INLINE_KEY = 30;

  /** One {@code Key: value} line of a header block; the key in lower case, single-spaced. */
  private record Field(String key, int valueStart, int valueEnd) {}

  /** The {@code Key: value} lines at the start of a text, and where the last one ends. */
  private record Block(List<Field> fields, int end) {}

  @Override
  public Optional<DatedText> find(String relativePath, String text) {
    int start = skipWhitespace(text, 0);
    Block block = readBlock(text, start);
    Optional<DatedText> fromBlock = fromBlock(text, block);
    if (fromBlock.isPresent() || block.fields().size() > 1) {
      // In a block of several fields whose date did not read as a whole ("Published: 2022-09-17
      // by J. Doe"), cutting the date out of the first line would leave the rest of the block in
      // the body: better to leave the block alone.
      return fromBlock;
    }
    return fromInlineKeyword(text, start);
  }

  private static Block readBlock(String text, int start) {
    List<Field> fields = new ArrayList<>();
    Matcher key = FIELD_KEY.matcher(text);
    int lineStart = start;
    int blockEnd = start;
    while (lineStart < text.length()) {
      key.region(lineStart, Math.min(text.length(), lineStart + LONGEST_KEY));
      if (!key.lookingAt()) {
        break; // a blank line or a line that is not "Key: value" ends the block
      }
      int lineEnd = text.indexOf('\n', key.end());
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int valueEnd =
          lineEnd > key.end() && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      fields.add(new Field(normalisedKey(key.group(1)), key.end(), valueEnd));
      blockEnd = lineEnd;
      lineStart = lineEnd + 1;
    }
    return new Block(fields, blockEnd);
  }

  private static Optional<DatedText> fromBlock(String text, Block block) {
    for (String dateKey : DATE_KEYS) {
      for (Field field : block.fields()) {
        if (!field.key().equals(dateKey)) {
          continue;
        }
        Optional<LocalDate> date = DateParser.parse(text, field.valueStart(), field.valueEnd());
        if (date.isPresent()) {
          String body = text.substring(skipWhitespace(text, block.end()));
          String title = value(text, block.fields(), TITLE_KEY);
          String source = value(text, block.fields(), SOURCE_KEY);
          return Optional.of(new DatedText(body, date.get(), DateSource.HEADER, title, source));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DatedText> fromInlineKeyword(String text, int start) {
    Matcher key = INLINE_KEY.matcher(text);
    key.region(start, Math.min(text.length(), start + LONGEST_INLINE_KEY));
    key.useTransparentBounds(true);
    if (!key.lookingAt()) {
      return Optional.empty();
    }
    return DateParser.matchAt(text, key.end())
        .map(
            found ->
                new DatedText(
                    text.substring(skipWhitespace(text, found.end())),
                    found.date(),
                    DateSource.HEADER,
                    null));
  }

  /** The first non-empty value of {@code key}, or null. */
  private static String value(String text, List<Field> fields, String key) {
    for (Field field : fields) {
      if (field.key().equals(key)) {
        String value = text.substring(field.valueStart(), field.valueEnd()).strip();
        if (!value.isEmpty()) {
          return value;
        }
      }
    }
    return null;
  }

  private static String normalisedKey(String key) {
    String normalised = key.toLowerCase(Locale.ROOT).replaceAll("\\h+", " ");
    return KEY_ALIASES.getOrDefault(normalised, normalised);
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && DateParser.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}

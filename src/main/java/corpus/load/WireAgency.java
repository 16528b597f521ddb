package corpus.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agency a wire story names in its dateline, near its start: {@code WASHINGTON, Jan. 5,
 * 2023 (Reuters) -}, {@code BEIJING, Sept. 17, 2022 /PRNewswire/ —}, {@code МОСКВА, 22 августа.
 * /ТАСС/.}. Only known agencies count: any other word in brackets near the start is more often an
 * aside than an outlet. The name in brackets or slashes is kept as written.
 *
 * <p>Russian and Chinese agencies that write no brackets are found in their own shapes and given
 * their usual names: {@code МОСКВА, 16 мая 2024 — РИА Новости.} (RIA Novosti, after the dash) is
 * {@code РИА Новости}; {@code Москва. 21 марта 2023. INTERFAX.RU -} is {@code Интерфакс}; a Chinese
 * dateline opening a line, {@code 新华社北京12月19日电} or {@code 新华网莫斯科９月１５日电}, is {@code 新华社} (新华网 is
 * Xinhua's own site, carrying its wire copy), {@code 中新网北京9月8日电} is {@code 中新网}, {@code 中新社…电} is
 * {@code 中新社} and {@code 人民网…电} is {@code 人民网}; People's Daily's issue line {@code 《 人民日报 》（
 * 2023年12月20日 第 03 版）}, which web copies print under the article, is {@code 人民日报} (or {@code
 * 人民日报海外版}) wherever it is in the first or last 300 characters.
 */
final class WireAgency {
  private WireAgency() {}

  /** A dateline sits in the first line or two. */
  private static final int LOOK_WITHIN = 300;

  private static final String NAMES =
      String.join(
          "|",
          "Reuters",
          "AP",
          "Associated Press",
          "AFP",
          "Agence France-Presse",
          "PRNewswire",
          "PR Newswire",
          "Business Wire",
          "GLOBE NEWSWIRE",
          "Xinhua",
          "Синьхуа",
          "TASS",
          "ТАСС",
          "ИТАР-ТАСС",
          "RIA Novosti",
          "РИА Новости",
          "Interfax",
          "Интерфакс",
          "Bloomberg",
          "dpa",
          "UPI",
          "Kyodo",
          "Yonhap",
          "ANI",
          "PTI",
          "IANS",
          "EFE",
          "ANSA",
          "Sputnik",
          "Спутник");

  /**
   * {@code (Reuters)}, or {@code /TASS/} standing apart: slashes inside a web address ({@code
   * https://example.com/afp/2023/...}) hold a path segment, not an agency.
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "\\(\\h*("
              + NAMES
              + ")\\h*\\)|(?<![\\p{L}\\p{N}._~/-])/\\h*("
              + NAMES
              + ")\\h*/(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The dashes that end or start a dateline's agency part. */
  private static final String DASH = "(?:--|[-\u2012\u2013\u2014\u2015])";

  /** RIA Novosti after the date and a dash: {@code МОСКВА, 16 мая 2024 — РИА Новости.}. */
  private static final Pattern AFTER_DASH =
      Pattern.compile(
          DASH + "\\h*(РИА\\h+Новости)(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Interfax's site name before the dash: {@code Москва. 21 марта 2023. INTERFAX.RU -}. */
  private static final Pattern BEFORE_DASH =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.])(INTERFAX\\.RU)\\h*" + DASH,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A Chinese dateline opening a line: the sender, the place and the day glued together, then
   * {@code 电} or {@code 讯}: {@code 新华社北京12月19日电}.
   */
  private static final Pattern CHINESE_DATELINE =
      Pattern.compile("(?m)^[\\h]*[（(【\\[]?(新华社|新华网|中新社|中新网|人民网)[^\\n]{1,30}?日[电讯](?!\\p{IsHan})");

  /** People's Daily's issue line: {@code 《 人民日报 》（ 2023年12月20日 第 03 版）}. */
  private static final Pattern ISSUE_LINE = Pattern.compile("《\\h*(人民日报(?:海外版)?)\\h*》\\h*[（(]");

  /** The usual names of agencies found in shapes other than a marker. */
  private static final Map<String, String> USUAL_NAMES =
      Map.of(
          "РИА НОВОСТИ", "РИА Новости",
          "INTERFAX.RU", "Интерфакс",
          "新华社", "新华社",
          "新华网", "新华社",
          "中新社", "中新社",
          "中新网", "中新网",
          "人民网", "人民网",
          "人民日报", "人民日报",
          "人民日报海外版", "人民日报海外版");

  static Optional<String> find(String text) {
    int reach = Math.min(text.length(), LOOK_WITHIN);
    Found first = null;
    for (Pattern shape : List.of(MARKER, AFTER_DASH, BEFORE_DASH, CHINESE_DATELINE, ISSUE_LINE)) {
      Matcher found = shape.matcher(text);
      found.region(0, reach);
      if (found.find() && (first == null || found.start() < first.start())) {
        first = new Found(found.start(), shape == MARKER ? asWritten(found) : usualName(found));
      }
    }
    if (first != null) {
      return Optional.of(first.name());
    }
    Matcher issue = ISSUE_LINE.matcher(text);
    issue.region(Math.max(reach, text.length() - LOOK_WITHIN), text.length());
    return issue.find() ? Optional.of(usualName(issue)) : Optional.empty();
  }

  private record Found(int start, String name) {}

  private static String asWritten(Matcher marker) {
    return marker.group(1) != null ? marker.group(1) : marker.group(2);
  }

  private static String usualName(Matcher found) {
    String written = found.group(1).replaceAll("\\h+", " ");
    return USUAL_NAMES.getOrDefault(written.toUpperCase(Locale.ROOT), written);
  }
}

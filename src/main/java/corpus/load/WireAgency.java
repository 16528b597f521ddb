package corpus.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agency a wire story names in its dateline, near its start: {@code WASHINGTON, Jan. 5,
 * 2023 (Reuters) -}, {@code BEIJING, Sept. 17, 2022 /PRNewswire/ —}, {@code МОСКВА, 22 августа.
 * /ТАСС/.}. Only known agencies count: any other word in brackets near the start is more often an
 * aside than an outlet. The name is kept as written.
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

  static Optional<String> find(String text) {
    Matcher marker = MARKER.matcher(text);
    marker.region(0, Math.min(text.length(), LOOK_WITHIN));
    if (!marker.find()) {
      return Optional.empty();
    }
    return Optional.of(marker.group(1) != null ? marker.group(1) : marker.group(2));
  }
}

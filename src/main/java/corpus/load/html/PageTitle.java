package corpus.load.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** A {@code <title>} without the site name that pages put before or after the headline. */
final class PageTitle {

  /** The en dash is here because sites type it where they mean the em dash. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::)\\s+");

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** A segment this short after the last separator is a site name, not part of the headline. */
  private static final int MAX_SITE_NAME_WORDS = 4;

  private PageTitle() {}

  /**
   * @param title the {@code <title>} text, whitespace collapsed
   * @param siteName the site's name when the page gives it, or null
   * @return the title without a trailing or leading segment that names the site; without a site
   *     name, without a short trailing segment
   */
  static String withoutSiteName(String title, String siteName) {
    List<MatchResult> separators = SEPARATOR.matcher(title).results().toList();
    if (separators.isEmpty()) {
      return title;
    }
    MatchResult first = separators.get(0);
    MatchResult last = separators.get(separators.size() - 1);
    String trailing = title.substring(last.end());
    if (siteName == null) {
      return words(trailing) <= MAX_SITE_NAME_WORDS ? title.substring(0, last.start()) : title;
    }
    if (names(trailing, siteName)) {
      return title.substring(0, last.start());
    }
    String leading = title.substring(0, first.start());
    return names(leading, siteName) ? title.substring(first.end()) : title;
  }

  private static boolean names(String segment, String siteName) {
    String site = siteName.strip().toLowerCase(Locale.ROOT);
    return !site.isEmpty() && segment.toLowerCase(Locale.ROOT).contains(site);
  }

  private static int words(String segment) {
    String stripped = segment.strip();
    return stripped.isEmpty() ? 0 : WHITESPACE.split(stripped).length;
  }
}

package corpus.load.date;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds an article's publication date by trying the rules of {@link DateSource} in order; the first
 * that finds a valid date wins and is reported as the source.
 *
 * <ol>
 *   <li>{@link HeaderRule}: a date header at the very start, removed from the body;
 *   <li>{@link FileNameRule}: a date in the file name or its folders;
 *   <li>{@link DatelineRule}: a wire dateline near the start, kept in the body;
 *   <li>{@link TextRule}: the earliest complete date anywhere in the text.
 * </ol>
 *
 * <p>The order goes from what the publisher stated about the article to what the article merely
 * mentions: the first date in running text is often an event's date, not the publication date. All
 * rules read dates with {@link DateParser}. Instances are stateless and may be shared.
 */
public final class DateExtractor {

  private final List<DateRule> rules =
      List.of(new HeaderRule(), new FileNameRule(), new DatelineRule(), new TextRule());

  /**
   * @param relativePath the file's path relative to the corpus folder, with '/' separators
   * @param text the decoded file text (byte-order mark already removed)
   * @return the body (without a date header) with its date and the rule that found it, or the text
   *     unchanged and undated when no rule finds a date
   */
  public DatedText extract(String relativePath, String text) {
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(text, "text");
    for (DateRule rule : rules) {
      Optional<DatedText> dated = rule.find(relativePath, text);
      if (dated.isPresent()) {
        return dated.get();
      }
    }
    return new DatedText(text, null, null, null);
  }
}

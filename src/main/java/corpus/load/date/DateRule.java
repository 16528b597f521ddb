package corpus.load.date;

import java.util.Optional;

/** One way of finding an article's date; {@link DateExtractor} tries them in order. */
interface DateRule {

  /**
   * The dated text when this rule finds a date, reporting itself as the source; empty otherwise.
   *
   * @param relativePath the file's path relative to the corpus folder, with '/' separators
   * @param text the whole decoded file text
   */
  Optional<DatedText> find(String relativePath, String text);
}

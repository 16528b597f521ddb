package corpus.load.date;

/** Finds an article's publication date by trying the rules of {@link DateSource} in order. */
public final class DateExtractor {

  /**
   * @param relativePath the file's path relative to the corpus folder, with '/' separators
   * @param text the decoded file text (byte-order mark already removed)
   */
  public DatedText extract(String relativePath, String text) {
    throw new UnsupportedOperationException("written in the date-extraction change");
  }
}

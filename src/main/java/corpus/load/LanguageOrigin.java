package corpus.load;

import java.util.Locale;

/** Where an article's language was found, shown beside it as the date's rule is. */
public enum LanguageOrigin {
  /** A record's {@code language} or {@code lang} field. */
  FIELD,
  /** A web page's {@code <html lang>} attribute or its metadata. */
  HTML,
  /** Detected from the text. */
  DETECTED;

  /** The name used in the index and in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

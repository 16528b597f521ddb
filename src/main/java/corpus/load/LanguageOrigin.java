package corpus.load;

import java.util.Locale;

/** Where an article's language was read, shown beside it as the source's origin is. */
public enum LanguageOrigin {
  /** A record's field: {@code language}, {@code lang}, or the path given as {@code --field}. */
  FIELD,
  /** A web page's {@code <html lang>} attribute or its {@code content-language} metadata. */
  HTML,
  /** Neither said it (or said something that is no language): the text's letters were judged. */
  DETECTED;

  /** The name used in the index and in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

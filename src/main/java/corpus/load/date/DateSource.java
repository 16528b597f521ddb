package corpus.load.date;

import java.util.Locale;

/** Which rule found an article's date; the rules are tried in this order. */
public enum DateSource {
  /**
   * A header line at the very start: {@code date 2024-08-22}, {@code Date: ...}, {@code Published:
   * ...}.
   */
  HEADER,
  /** The file name, e.g. {@code 2024-08-22_title.txt} or {@code 20240822-title.txt}. */
  FILENAME,
  /** A wire dateline near the start: {@code BEIJING, Sept. 17, 2022 /PRNewswire/ —}. */
  DATELINE,
  /** The first complete date anywhere in the text. */
  TEXT;

  /** The name used in the index and in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package corpus.load.date;

import java.util.Locale;

/**
 * Where an article's date came from. A record's field or a page's metadata is what its publisher
 * stated, so it comes first; the text rules after it are tried in this order.
 */
public enum DateSource {
  /** A record's date field (JSON, JSON lines, CSV): {@code "date_publish": "2023-12-19 10:31"}. */
  FIELD,
  /** A web page's metadata: {@code article:published_time}, JSON-LD, {@code <time>}, meta. */
  HTML,
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

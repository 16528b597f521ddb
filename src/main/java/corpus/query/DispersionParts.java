package corpus.query;

import java.util.Locale;

/**
 * What a word's dispersion is measured over, within each frequency table: each article (the
 * default), or the articles of one year, one month or one source taken together; or nothing, when
 * the table is wanted without dispersion (its rows then have none, as word sequences have none).
 */
public enum DispersionParts {
  ARTICLE,
  YEAR,
  MONTH,
  SOURCE,
  NONE;

  /** The name used on the command line and in output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

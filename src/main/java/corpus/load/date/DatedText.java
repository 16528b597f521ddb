package corpus.load.date;

import java.time.LocalDate;

/**
 * An article's text once its date has been looked for.
 *
 * @param body the text with any date header removed (so {@code date} is not counted as a word)
 * @param date the publication date, or null when no rule found one
 * @param source the rule that found the date, or null when undated
 * @param headerTitle a title given in a header block ({@code Title: ...}), or null
 * @param headerSource the outlet a header block names ({@code Source: TASS}), or null
 */
public record DatedText(
    String body, LocalDate date, DateSource source, String headerTitle, String headerSource) {
  public DatedText(String body, LocalDate date, DateSource source, String headerTitle) {
    this(body, date, source, headerTitle, null);
  }

  public DatedText {
    if ((date == null) != (source == null)) {
      throw new IllegalArgumentException("date and source are both set or both null");
    }
  }
}

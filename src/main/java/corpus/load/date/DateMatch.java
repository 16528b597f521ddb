package corpus.load.date;

import java.time.LocalDate;

/**
 * A date found in a text.
 *
 * @param date the calendar date (any time or zone written after it is ignored)
 * @param start index of the first character of the match, a leading weekday included
 * @param end index just past the match, a trailing time and zone included
 */
public record DateMatch(LocalDate date, int start, int end) {}

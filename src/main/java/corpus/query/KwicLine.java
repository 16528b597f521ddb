package corpus.query;

import java.time.LocalDate;

/**
 * One concordance line; whitespace in the context is collapsed to single spaces.
 *
 * @param source the article's outlet as written, or null
 */
public record KwicLine(
    String id, LocalDate date, String source, String left, String match, String right) {}

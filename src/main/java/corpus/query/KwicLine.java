package corpus.query;

import java.time.LocalDate;

/** One concordance line; whitespace in the context is collapsed to single spaces. */
public record KwicLine(String id, LocalDate date, String left, String match, String right) {}

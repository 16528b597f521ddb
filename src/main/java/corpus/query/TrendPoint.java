package corpus.query;

import java.time.LocalDate;

/**
 * One period of a series.
 *
 * @param period the period's label ({@code 2023-05}, {@code 2023-W21}, {@code 2023-Q2}, ...)
 * @param start the period's first day (a Monday for weeks), where a chart puts it on the time axis
 * @param count occurrences in the period's selected articles
 * @param documents selected articles of the period that contain it
 * @param periodDocuments selected articles in the period
 * @param periodTokens tokens in those articles
 * @param perMillion count per million tokens of the period, unrounded; 0 when it has none
 */
public record TrendPoint(
    String period,
    LocalDate start,
    long count,
    long documents,
    long periodDocuments,
    long periodTokens,
    double perMillion) {}

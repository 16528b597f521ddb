package corpus.query;

import java.time.LocalDate;

/**
 * One article as listed by {@code docs}.
 *
 * @param path where the file is, relative to the working directory when it lies below it
 * @param dateSource the rule that found the date ({@code header}, {@code filename}, {@code
 *     dateline}, {@code text}), or null when undated
 */
public record DocumentInfo(
    String id, String path, String title, LocalDate date, String dateSource, long tokens) {}

package corpus.query;

import java.time.LocalDate;

/**
 * One article as listed by {@code docs}.
 *
 * @param path where its file is, relative to the working directory when it lies below it
 * @param dateSource where the date was found ({@code field}, {@code html}, {@code header}, {@code
 *     filename}, {@code dateline}, {@code text}), or null when undated
 * @param source the outlet as written, or null
 * @param sourceOrigin where the outlet was found ({@code field}, {@code html}, {@code header},
 *     {@code dateline}), or null
 * @param language ISO 639-1 code of its language, or null when unknown
 * @param languageOrigin where the language was found ({@code field}, {@code html}, {@code
 *     detected}), or null
 * @param duplicateOf for a near-duplicate copy, the id of its group's canonical article; else null
 * @param similarity for an article in a group of near-duplicates, the exact Jaccard similarity of
 *     its shingles with the canonical article's (1 for that one); else null
 */
public record DocumentInfo(
    String id,
    String path,
    String title,
    LocalDate date,
    String dateSource,
    String source,
    String sourceOrigin,
    String language,
    String languageOrigin,
    long tokens,
    String duplicateOf,
    Double similarity) {}

package corpus.query;

import java.time.LocalDate;

/**
 * @param score relevance, rounded to four decimals
 */
public record SearchHit(
    String id, String path, String title, LocalDate date, double score, Snippet snippet) {}

package corpus.query;

import java.time.LocalDate;

/**
 * @param score relevance (BM25), unrounded (output rounds it)
 */
public record SearchHit(
    String id, String path, String title, LocalDate date, double score, Snippet snippet) {}

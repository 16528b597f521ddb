package corpus.query;

import java.time.LocalDate;

/**
 * @param path where its file is (see {@link DocumentInfo})
 * @param source the outlet as written, or null
 * @param score relevance (BM25), unrounded (output rounds it)
 */
public record SearchHit(
    String id,
    String path,
    String title,
    LocalDate date,
    String source,
    double score,
    Snippet snippet) {}

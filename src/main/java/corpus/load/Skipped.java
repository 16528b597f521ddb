package corpus.load;

/**
 * A file (or folder) that was not indexed, and why.
 *
 * @param id path relative to the corpus folder, '/'-separated
 * @param reason one short human-readable line, e.g. "binary (NUL bytes)"
 */
public record Skipped(String id, String reason) {}

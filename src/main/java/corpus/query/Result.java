package corpus.query;

/**
 * An answer a corpus gives: one immutable record type per question (or per index run or check),
 * rendered by its own layout. The writers take this type, never {@code Object}.
 */
public interface Result {}

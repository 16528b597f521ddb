package corpus.query;

/**
 * What one set of a comparison holds: its articles and the node's windows in them.
 *
 * @param documents the set's articles
 * @param corpusTokens their tokens
 * @param nodeFrequency occurrences of the node in them
 * @param windowTokens W: the tokens inside the node's windows, the node's own tokens left out
 */
public record CollocateSet(
    long documents, long corpusTokens, long nodeFrequency, long windowTokens) {}

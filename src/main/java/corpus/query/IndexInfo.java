package corpus.query;

import java.time.Instant;

/**
 * What every result's {@code meta} says about the index it came from.
 *
 * @param documents articles in the index
 * @param updatedAt when the last index run committed
 * @param corpus the folder the index was built from
 * @param dupThreshold the similarity from which its articles were grouped as near-duplicates
 */
public record IndexInfo(long documents, Instant updatedAt, String corpus, double dupThreshold) {}

package corpus.query.lucene;

import corpus.stats.Dispersion;
import java.util.Map;

/**
 * One shard's part of a word's dispersion: one of the two is set.
 *
 * @param state over articles: what the shard's accumulator added of the word's articles there
 * @param counts over periods or sources: the word's count in each, by label
 */
public record DispersionPart(Dispersion.State state, Map<String, Long> counts) {}

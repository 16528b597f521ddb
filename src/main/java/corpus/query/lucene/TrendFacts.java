package corpus.query.lucene;

import java.util.Map;

/**
 * What a cluster's shards must agree on before they count a trend: the first and last day of the
 * selected articles, and how many selected articles each source has (to choose the sources to split
 * by).
 *
 * @param firstDay ISO, or null when no selected article is dated
 * @param lastDay ISO, or null
 * @param sources selected articles per source, when the trend is split by source
 */
public record TrendFacts(String firstDay, String lastDay, Map<String, Long> sources) {}

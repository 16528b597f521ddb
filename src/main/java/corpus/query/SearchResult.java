package corpus.query;

import java.util.List;

/**
 * @param totalHits every matching article, however many are in {@code hits}
 */
public record SearchResult(long totalHits, List<SearchHit> hits) implements Result {}

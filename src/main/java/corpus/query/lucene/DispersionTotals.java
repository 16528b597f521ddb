package corpus.query.lucene;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts a table's dispersion is measured over, as one index holds them; a cluster adds up its
 * shards' ({@link #join}).
 *
 * @param parts articles with tokens, when articles are the parts (each lies in one shard)
 * @param totalSize their tokens
 * @param minSize the smallest one's tokens ({@code Long.MAX_VALUE} when there is none)
 * @param partSizes when parts are periods or sources (which span shards): each one's tokens, by
 *     label; null when parts are articles
 */
public record DispersionTotals(
    long parts, long totalSize, long minSize, Map<String, Long> partSizes) {

  /** The totals of the whole cluster from its shards'. */
  public static DispersionTotals join(List<DispersionTotals> shards) {
    if (shards.stream().anyMatch(shard -> shard.partSizes() != null)) {
      Map<String, Long> sizes = new TreeMap<>();
      shards.forEach(shard -> shard.partSizes().forEach((p, n) -> sizes.merge(p, n, Long::sum)));
      return new DispersionTotals(0, 0, 0, sizes);
    }
    long parts = 0;
    long size = 0;
    long min = Long.MAX_VALUE;
    for (DispersionTotals shard : shards) {
      parts += shard.parts();
      size += shard.totalSize();
      min = Math.min(min, shard.minSize());
    }
    return new DispersionTotals(parts, size, min, null);
  }

  long partCount() {
    return partSizes == null ? parts : partSizes.size();
  }

  long sizeOfParts() {
    return partSizes == null
        ? totalSize
        : partSizes.values().stream().mapToLong(Long::longValue).sum();
  }

  long smallestPart() {
    return partSizes == null
        ? minSize
        : partSizes.values().stream().mapToLong(Long::longValue).min().orElse(0);
  }
}

package corpus.query.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the windows around a node hold in one set of articles (a table, a set of a comparison): the
 * node's occurrences, the tokens in its windows, and how often each word is in them. A cluster's
 * shards each count their articles' windows; the sums are the windows of all of them.
 *
 * @param observed per word as indexed, how often it is in the windows
 */
public record NodeWindows(long nodeFrequency, long windowTokens, Map<String, Long> observed) {
  public static NodeWindows sum(List<NodeWindows> parts) {
    long nodeFrequency = 0;
    long windowTokens = 0;
    Map<String, Long> observed = new HashMap<>();
    for (NodeWindows part : parts) {
      nodeFrequency += part.nodeFrequency();
      windowTokens += part.windowTokens();
      part.observed().forEach((word, n) -> observed.merge(word, n, Long::sum));
    }
    return new NodeWindows(nodeFrequency, windowTokens, observed);
  }
}

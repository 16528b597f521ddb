package corpus.query.solr;

import corpus.query.lucene.ComparisonParts;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Every word's counts added up over shards that send them in pages in term order, as sorted runs
 * are merged: a word is complete once every shard still paging has gone past it, and only the pages
 * in flight are held, never the vocabulary.
 */
final class PagedCounts {
  private PagedCounts() {}

  /** The shards, each asked for its next page. */
  interface Pager {
    /**
     * @param after per shard, the last word of its previous page (null before the first)
     * @param due the shards to ask
     * @return per shard, its next page; null for a shard not asked
     */
    List<ComparisonParts.Page> next(String[] after, Set<Integer> due) throws IOException;
  }

  /** Offers each word's counts over all shards, once, in term order. */
  static void merge(int shards, Pager pager, Consumer<ComparisonParts.Counts> complete)
      throws IOException {
    String[] after = new String[shards];
    boolean[] done = new boolean[shards];
    Set<Integer> due = new HashSet<>();
    for (int s = 0; s < shards; s++) {
      due.add(s);
    }
    // Counts of words some shard may still send, in the dictionary's (UTF-8 byte) order.
    TreeMap<String, long[]> pending = new TreeMap<>(PagedCounts::byCodePoints);
    while (!due.isEmpty()) {
      List<ComparisonParts.Page> pages = pager.next(after.clone(), Set.copyOf(due));
      for (int s : due) {
        ComparisonParts.Page page = pages.get(s);
        page.rows()
            .forEach(
                row ->
                    pending.merge(
                        row.term(),
                        new long[] {row.a(), row.b()},
                        (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]}));
        after[s] = page.last();
        done[s] = page.done();
      }
      // Every word up to the shortest reach of the shards still paging has all its counts; the
      // shards at that reach are asked next.
      String reach = null;
      for (int s = 0; s < shards; s++) {
        if (!done[s] && (reach == null || byCodePoints(after[s], reach) < 0)) {
          reach = after[s];
        }
      }
      due.clear();
      for (int s = 0; s < shards; s++) {
        if (!done[s] && after[s].equals(reach)) {
          due.add(s);
        }
      }
      Map<String, long[]> ready = reach == null ? pending : pending.headMap(reach, true);
      ready.forEach(
          (term, counts) ->
              complete.accept(new ComparisonParts.Counts(term, counts[0], counts[1])));
      ready.clear();
    }
  }

  /** The order of UTF-8 bytes, which is the order of code points (not of UTF-16 chars). */
  static int byCodePoints(String x, String y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int a = x.codePointAt(i);
      int b = y.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(x.length() - i, y.length() - j);
  }
}

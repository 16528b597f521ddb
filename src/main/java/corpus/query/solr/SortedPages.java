package corpus.query.solr;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rows of every shard, which the shards send in pages in term order (the order of their term
 * dictionaries), merged as sorted runs are: a term is complete once every shard still paging has
 * gone past it, and only the pages in flight are held, never the vocabulary. {@code compare} adds
 * up each word's counts this way, and {@code stats} counts the different words.
 */
final class SortedPages {
  private SortedPages() {}

  /**
   * A page of one shard.
   *
   * @param last the last term the shard looked at: its next page starts after it
   * @param done no term follows
   */
  record Page<T>(List<T> rows, String last, boolean done) {}

  /** The shards, each asked for its next page. */
  interface Pager<T> {
    /**
     * @param after per shard, the last term of its previous page (null before the first)
     * @param due the shards to ask
     * @return per shard, its next page; null for a shard not asked
     */
    List<Page<T>> next(String[] after, Set<Integer> due) throws IOException;
  }

  /**
   * The pager of a cluster: every shard due is asked at once for its next page.
   *
   * @param argsAfter the question's arguments for a shard whose last term was the one given (null
   *     before its first page)
   * @param asPage a shard's answer as a page of rows
   */
  static <P, T> Pager<T> ofShards(
      Cluster cluster,
      Wire.Op op,
      Function<String, Object> argsAfter,
      Class<P> answer,
      Function<P, Page<T>> asPage) {
    JavaType type = Wire.JSON.constructType(answer);
    return (after, due) -> {
      List<P> pages =
          cluster.askEachShard(op, s -> due.contains(s) ? argsAfter.apply(after[s]) : null, type);
      List<Page<T>> sorted = new ArrayList<>();
      pages.forEach(page -> sorted.add(page == null ? null : asPage.apply(page)));
      return sorted;
    };
  }

  /**
   * Hands each term's row, combined over the shards that have it, to {@code complete}, once, in
   * term order.
   *
   * @param term a row's term
   * @param combine two shards' rows of one term as one
   */
  static <T> void merge(
      int shards,
      Pager<T> pager,
      Function<T, String> term,
      BinaryOperator<T> combine,
      Consumer<T> complete)
      throws IOException {
    String[] after = new String[shards];
    boolean[] done = new boolean[shards];
    Set<Integer> due = new HashSet<>();
    for (int s = 0; s < shards; s++) {
      due.add(s);
    }
    // Rows of terms some shard may still send, in the dictionary's (UTF-8 byte) order.
    TreeMap<String, T> pending = new TreeMap<>(SortedPages::byCodePoints);
    while (!due.isEmpty()) {
      List<Page<T>> pages = pager.next(after.clone(), Set.copyOf(due));
      for (int s : due) {
        Page<T> page = pages.get(s);
        if (!page.done() && (page.last() == null || page.last().equals(after[s]))) {
          // Asked again from the same place, it would answer the same page forever.
          throw new IOException("a shard's page of terms did not move on from " + after[s]);
        }
        page.rows().forEach(row -> pending.merge(term.apply(row), row, combine));
        after[s] = page.last();
        done[s] = page.done();
      }
      // Every term up to the shortest reach of the shards still paging has all its rows; the
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
      Map<String, T> ready = reach == null ? pending : pending.headMap(reach, true);
      ready.values().forEach(complete);
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

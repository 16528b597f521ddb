package corpus.query.solr;

import corpus.query.lucene.TermCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact best rows of tables whose counts are spread over shards, by the threshold algorithm
 * TPUT (Cao and Wang, "Efficient top-K query calculation in distributed networks", PODC 2004), in
 * three rounds:
 *
 * <ol>
 *   <li>every shard sends its own best {@code top} rows of each table; the {@code top}-th best of
 *       their sums is a bar T that the answer's weakest row reaches;
 *   <li>every shard sends each row it counted at least ⌈T / shards⌉ times: a row none sent is under
 *       that on every shard, so under T in all, and cannot be in the answer;
 *   <li>a row whose sum could still reach the answer, given what was not sent, is counted by every
 *       shard that did not send it, and the exact sums are ranked.
 * </ol>
 *
 * The bar is never below the minimum count; asked for every row, the first round is skipped and the
 * bar is that minimum. Ties are broken by term ({@link TermCount#BEST_FIRST}), as one index breaks
 * them.
 */
final class TopRows {
  /** The shards, asked about every table at once. */
  interface Shards {
    /**
     * @param rows rows per table at most, best first
     * @param minCounts per table, the smallest count to send
     * @return per shard, per table, its rows
     */
    List<List<List<TermCount>>> top(int rows, long[] minCounts) throws IOException;

    /**
     * @param missing per shard, per table, the rows to count
     * @return per shard, per table, the counts of those rows (a row it does not have left out)
     */
    List<List<List<TermCount>>> counts(List<List<List<String>>> missing) throws IOException;
  }

  private final int top;
  private final long minCount;
  private final int tables;
  private final int shards;

  /**
   * @param top rows per table; {@code Integer.MAX_VALUE} for every row
   */
  TopRows(int top, long minCount, int tables, int shards) {
    this.top = top;
    this.minCount = minCount;
    this.tables = tables;
    this.shards = shards;
  }

  /** Per table, its best rows with their exact counts, best first. */
  List<List<TermCount>> find(Shards asked) throws IOException {
    Known known = new Known();
    long[] bar = new long[tables];
    Arrays.fill(bar, minCount);
    if (top != Integer.MAX_VALUE) {
      long[] any = new long[tables];
      Arrays.fill(any, 1);
      known.add(asked.top(top, any));
      for (int t = 0; t < tables; t++) {
        bar[t] = Math.max(bar[t], kthLargest(known.sums(t).values(), top));
      }
    }
    long[] share = new long[tables];
    for (int t = 0; t < tables; t++) {
      share[t] = Math.max(1, (bar[t] + shards - 1) / shards);
    }
    known.add(asked.top(Integer.MAX_VALUE, share));
    List<List<List<String>>> missing = perShardPerTable();
    List<List<String>> candidates = new ArrayList<>();
    boolean anyMissing = false;
    for (int t = 0; t < tables; t++) {
      Map<String, Long> lower = known.sums(t);
      long cut = Math.max(minCount, kthLargest(lower.values(), top));
      List<String> kept = new ArrayList<>();
      for (Map.Entry<String, Long> row : lower.entrySet()) {
        // A shard that did not send the row counted it less than the table's share.
        List<Integer> without = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
          if (!known.rows.get(s).get(t).containsKey(row.getKey())) {
            without.add(s);
          }
        }
        long upper = row.getValue() + without.size() * (share[t] - 1);
        if (upper < cut) {
          continue;
        }
        kept.add(row.getKey());
        if (upper > row.getValue()) {
          for (int s : without) {
            missing.get(s).get(t).add(row.getKey());
            anyMissing = true;
          }
        }
      }
      candidates.add(kept);
    }
    if (anyMissing) {
      known.add(asked.counts(missing));
    }
    List<List<TermCount>> rows = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      List<TermCount> exact = new ArrayList<>();
      for (String term : candidates.get(t)) {
        long sum = 0;
        long documents = 0;
        for (int s = 0; s < shards; s++) {
          TermCount part = known.rows.get(s).get(t).get(term);
          if (part != null) {
            sum += part.count();
            documents += part.documents();
          }
        }
        if (sum >= minCount) {
          exact.add(new TermCount(term, sum, documents));
        }
      }
      exact.sort(TermCount.BEST_FIRST);
      rows.add(List.copyOf(exact.subList(0, Math.min(exact.size(), top))));
    }
    return rows;
  }

  private List<List<List<String>>> perShardPerTable() {
    List<List<List<String>>> lists = new ArrayList<>();
    for (int s = 0; s < shards; s++) {
      List<List<String>> ofShard = new ArrayList<>();
      for (int t = 0; t < tables; t++) {
        ofShard.add(new ArrayList<>());
      }
      lists.add(ofShard);
    }
    return lists;
  }

  /** The k-th largest of the values, or 0 when there are fewer (or every row is asked for). */
  private static long kthLargest(Collection<Long> values, int k) {
    if (values.size() < k || k == Integer.MAX_VALUE) {
      return 0;
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[sorted.length - k];
  }

  /** What the shards have said of each table's rows: per shard, per table, row by term. */
  private final class Known {
    final List<List<Map<String, TermCount>>> rows = new ArrayList<>();

    Known() {
      for (int s = 0; s < shards; s++) {
        List<Map<String, TermCount>> ofShard = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
          ofShard.add(new HashMap<>());
        }
        rows.add(ofShard);
      }
    }

    void add(List<List<List<TermCount>>> answers) {
      for (int s = 0; s < answers.size(); s++) {
        for (int t = 0; t < answers.get(s).size(); t++) {
          Map<String, TermCount> table = rows.get(s).get(t);
          answers.get(s).get(t).forEach(row -> table.put(row.term(), row));
        }
      }
    }

    /** Per row of a table, the sum of the counts known. */
    Map<String, Long> sums(int table) {
      Map<String, Long> sums = new HashMap<>();
      for (List<Map<String, TermCount>> shard : rows) {
        shard.get(table).forEach((term, row) -> sums.merge(term, row.count(), Long::sum));
      }
      return sums;
    }
  }
}

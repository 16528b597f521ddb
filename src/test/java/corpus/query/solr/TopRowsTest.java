package corpus.query.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.lucene.TermCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TPUT's answer is the brute-force answer (every shard's counts added up, ranked, cut), whatever
 * the shards, tables, top and minimum count, on counts drawn so that some words are spread evenly
 * and some sit on one shard.
 */
class TopRowsTest {

  /** Shards holding random counts, answering as the shards' request handler does. */
  private static final class FakeShards implements TopRows.Shards {
    /** Per shard, per table: count and articles by term. */
    final List<List<Map<String, long[]>>> counts = new ArrayList<>();

    int rounds;
    long rowsSent;

    FakeShards(Random random, int shards, int tables) {
      int vocabulary = 1 + random.nextInt(300);
      for (int s = 0; s < shards; s++) {
        List<Map<String, long[]>> ofShard = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
          ofShard.add(new HashMap<>());
        }
        counts.add(ofShard);
      }
      for (int w = 0; w < vocabulary; w++) {
        String term = "w" + random.nextInt(vocabulary * 2);
        boolean onOneShard = random.nextInt(4) == 0;
        int home = random.nextInt(shards);
        long zipf = Math.max(1, 2000 / (1 + w));
        for (int t = 0; t < tables; t++) {
          for (int s = 0; s < shards; s++) {
            if ((onOneShard && s != home) || random.nextInt(3) == 0) {
              continue;
            }
            long count = 1 + (long) (random.nextDouble() * zipf);
            counts.get(s).get(t).merge(term, new long[] {count, 1 + count / 3}, (a, b) -> a);
          }
        }
      }
    }

    @Override
    public List<List<List<TermCount>>> top(int rows, long[] minCounts) {
      rounds++;
      List<List<List<TermCount>>> answer = new ArrayList<>();
      for (List<Map<String, long[]>> shard : counts) {
        List<List<TermCount>> tables = new ArrayList<>();
        for (int t = 0; t < shard.size(); t++) {
          List<TermCount> table = new ArrayList<>();
          long least = minCounts[t];
          shard
              .get(t)
              .forEach(
                  (term, c) -> {
                    if (c[0] >= least) {
                      table.add(new TermCount(term, c[0], c[1]));
                    }
                  });
          table.sort(TermCount.BEST_FIRST);
          List<TermCount> sent = table.subList(0, Math.min(rows, table.size()));
          rowsSent += sent.size();
          tables.add(sent);
        }
        answer.add(tables);
      }
      return answer;
    }

    @Override
    public List<List<List<TermCount>>> counts(List<List<List<String>>> missing) {
      rounds++;
      List<List<List<TermCount>>> answer = new ArrayList<>();
      for (int s = 0; s < counts.size(); s++) {
        List<List<TermCount>> tables = new ArrayList<>();
        for (int t = 0; t < missing.get(s).size(); t++) {
          List<TermCount> table = new ArrayList<>();
          for (String term : missing.get(s).get(t)) {
            long[] c = counts.get(s).get(t).get(term);
            if (c != null) {
              table.add(new TermCount(term, c[0], c[1]));
            }
          }
          tables.add(table);
        }
        answer.add(tables);
      }
      return answer;
    }

    List<TermCount> bruteForce(int table, int top, long minCount) {
      Map<String, long[]> sums = new HashMap<>();
      for (List<Map<String, long[]>> shard : counts) {
        shard
            .get(table)
            .forEach(
                (term, c) ->
                    sums.merge(term, c.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
      }
      List<TermCount> rows = new ArrayList<>();
      sums.forEach(
          (term, c) -> {
            if (c[0] >= minCount) {
              rows.add(new TermCount(term, c[0], c[1]));
            }
          });
      rows.sort(TermCount.BEST_FIRST);
      return rows.subList(0, Math.min(top, rows.size()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void theBestRowsAreTheBruteForceAnswer(long seed) throws Exception {
    Random random = new Random(seed);
    for (int round = 0; round < 50; round++) {
      int shards = 1 + random.nextInt(5);
      int tables = 1 + random.nextInt(3);
      int top = random.nextInt(5) == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(30);
      long minCount = random.nextInt(3) == 0 ? 1 + random.nextInt(40) : 1;
      FakeShards fake = new FakeShards(random, shards, tables);
      List<List<TermCount>> found = new TopRows(top, minCount, tables, shards).find(fake);
      for (int t = 0; t < tables; t++) {
        assertEquals(
            fake.bruteForce(t, top, minCount),
            found.get(t),
            "shards " + shards + ", table " + t + ", top " + top + ", min " + minCount);
      }
      assertTrue(fake.rounds <= 3, "at most three rounds, not " + fake.rounds);
    }
  }

  /** The point of the rounds: a top 10 of a large vocabulary sends far fewer rows than it has. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32, 33})
  void aSmallTopSendsAFewRowsOfALargeVocabulary(long seed) throws Exception {
    Random random = new Random(seed);
    int shards = 3;
    FakeShards fake = new FakeShards(random, shards, 1);
    for (int w = 0; w < 100; w++) {
      for (int s = 0; s < shards; s++) {
        fake.counts.get(s).get(0).put("common" + w, new long[] {50 + random.nextInt(1000), 50});
      }
    }
    for (int w = 0; w < 20_000; w++) {
      // A long tail of rare words on every shard.
      fake.counts.get(random.nextInt(shards)).get(0).put("rare" + w, new long[] {1, 1});
    }
    List<List<TermCount>> found = new TopRows(10, 1, 1, shards).find(fake);
    assertEquals(fake.bruteForce(0, 10, 1), found.get(0));
    assertTrue(fake.rowsSent < 2_000, "rows sent: " + fake.rowsSent);
  }
}

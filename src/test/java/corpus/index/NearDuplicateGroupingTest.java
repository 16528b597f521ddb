package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.dedup.MinHash;
import corpus.dedup.Shingles;
import corpus.dedup.Sketch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The grouping gives the same articles the same places however they are numbered (a local index
 * numbers them by doc id, a cluster shard by shard), and its groups are the connected components of
 * the pairs an independent count of exact similarity finds at or over the threshold.
 */
class NearDuplicateGroupingTest {
  private static final double THRESHOLD = 0.8;

  /** An article: its id, its day, and its words' hashes. */
  private record Text(String id, long day, long[] words) {}

  /**
   * Stories with exact copies, light edits (one word in 40 or 60 changed: near the threshold) and
   * heavy ones (one word in 5: no copy), among unrelated texts.
   */
  private static List<Text> texts(long seed) {
    Random random = new Random(seed);
    List<Text> texts = new ArrayList<>();
    for (int story = 0; story < 12; story++) {
      long[] words = new long[150 + random.nextInt(300)];
      for (int w = 0; w < words.length; w++) {
        words[w] = random.nextLong();
      }
      texts.add(new Text("story-" + story, random.nextInt(50), words));
      int copies = random.nextInt(4);
      for (int c = 0; c < copies; c++) {
        texts.add(new Text("copy-" + story + "-" + c, random.nextInt(50), words.clone()));
      }
      for (int every : new int[] {40, 60, 5}) {
        long[] edited = words.clone();
        for (int w = every - 1; w < edited.length; w += every) {
          edited[w] = random.nextLong();
        }
        texts.add(new Text("edit-" + every + "-" + story, random.nextInt(50), edited));
      }
    }
    for (int other = 0; other < 40; other++) {
      long[] words = new long[50 + random.nextInt(200)];
      for (int w = 0; w < words.length; w++) {
        words[w] = random.nextLong();
      }
      texts.add(new Text("other-" + other, random.nextInt(50), words));
    }
    return texts;
  }

  /** What an article's place says, by id. */
  private record Named(byte role, String canonical, double similarity) {}

  /** Groups the texts numbered in the given order, and names each one's place by ids. */
  private static Map<String, Named> group(List<Text> numbered, int[] judged) throws IOException {
    int count = numbered.size();
    SketchTable sketches = new SketchTable(count);
    long[] orderHash = new long[count];
    long[][] shingles = new long[count][];
    for (int a = 0; a < count; a++) {
      Text text = numbered.get(a);
      shingles[a] = Shingles.of(text.words(), text.words().length);
      sketches.set(a, Sketch.of(MinHash.DEFAULT.sign(shingles[a])), 0);
      orderHash[a] = NearDuplicateGrouping.orderHash(new BytesRef(text.id()));
    }
    NearDuplicateGrouping.Places places =
        new NearDuplicateGrouping(THRESHOLD)
            .group(
                sketches,
                orderHash,
                (a, b) -> {
                  Text x = numbered.get(a);
                  Text y = numbered.get(b);
                  return x.day() != y.day()
                      ? Long.compare(x.day(), y.day())
                      : x.id().compareTo(y.id());
                },
                pairs -> {
                  judged[0] += pairs.length;
                  double[] similarity = new double[pairs.length];
                  for (int p = 0; p < pairs.length; p++) {
                    similarity[p] =
                        Shingles.jaccard(
                            shingles[(int) (pairs[p] >>> 32)], shingles[(int) pairs[p]]);
                  }
                  return similarity;
                });
    Map<String, Named> named = new TreeMap<>();
    for (int a = 0; a < count; a++) {
      int canonical = places.canonical()[a];
      named.put(
          numbered.get(a).id(),
          new Named(
              places.role()[a],
              canonical < 0 ? null : numbered.get(canonical).id(),
              places.similarity()[a]));
    }
    return named;
  }

  @Test
  void placesDoNotDependOnHowTheArticlesAreNumbered() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      List<Text> texts = texts(seed);
      Map<String, Named> inOrder = group(texts, new int[1]);
      List<Text> shuffled = new ArrayList<>(texts);
      Collections.shuffle(shuffled, new Random(seed * 31));
      assertEquals(inOrder, group(shuffled, new int[1]), "seed " + seed);
      Collections.reverse(shuffled);
      assertEquals(inOrder, group(shuffled, new int[1]), "seed " + seed);
    }
  }

  @Test
  void groupsAreTheComponentsOfTheExactlySimilarPairs() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      List<Text> texts = texts(seed);
      int[] judged = new int[1];
      Map<String, Named> places = group(texts, judged);
      // Independently: every pair's exact similarity, and a plain union of the similar ones.
      int n = texts.size();
      long[][] shingles = new long[n][];
      for (int a = 0; a < n; a++) {
        shingles[a] = Shingles.of(texts.get(a).words(), texts.get(a).words().length);
      }
      int[] component = new int[n];
      for (int a = 0; a < n; a++) {
        component[a] = a;
      }
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (Shingles.jaccard(shingles[a], shingles[b]) >= THRESHOLD) {
            int from = component[b];
            int to = component[a];
            for (int c = 0; c < n; c++) {
              if (component[c] == from) {
                component[c] = to;
              }
            }
          }
        }
      }
      Map<Integer, List<Integer>> members = new HashMap<>();
      for (int a = 0; a < n; a++) {
        members.computeIfAbsent(component[a], c -> new ArrayList<>()).add(a);
      }
      int copies = 0;
      for (List<Integer> group : members.values()) {
        if (group.size() == 1) {
          Named alone = places.get(texts.get(group.get(0)).id());
          assertEquals(NearDuplicateGrouping.ALONE, alone.role(), texts.get(group.get(0)).id());
          continue;
        }
        Text canonical = texts.get(group.get(0));
        for (int a : group) {
          Text text = texts.get(a);
          if (text.day() < canonical.day()
              || (text.day() == canonical.day() && text.id().compareTo(canonical.id()) < 0)) {
            canonical = text;
          }
        }
        int canonicalAt = texts.indexOf(canonical);
        for (int a : group) {
          Named place = places.get(texts.get(a).id());
          assertEquals(canonical.id(), place.canonical(), texts.get(a).id());
          assertEquals(
              a == canonicalAt ? NearDuplicateGrouping.CANONICAL : NearDuplicateGrouping.COPY,
              place.role());
          assertEquals(
              a == canonicalAt ? 1 : Shingles.jaccard(shingles[canonicalAt], shingles[a]),
              place.similarity(),
              1e-12);
        }
        copies += group.size() - 1;
      }
      // Each story's exact copies and its light edit of one word in 60 at the least.
      assertTrue(copies >= 12, "seed " + seed + ": " + copies);
      // Only the pairs near the threshold were read, not every candidate.
      assertTrue(judged[0] < n * 2, "seed " + seed + ": " + judged[0] + " pairs judged");
    }
  }
}

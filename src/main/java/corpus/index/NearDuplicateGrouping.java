package corpus.index;

import corpus.dedup.Shingles;
import corpus.dedup.Sketch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.StringHelper;

/**
 * Finds the groups of near-duplicates (wire copies) among a numbered set of articles, wherever
 * their sketches and words are kept: a local index ({@code corpus.index.DuplicateGrouping}) or the
 * shards of a cluster ({@code corpus.query.solr.ClusterGrouping}) give the same articles the same
 * groups.
 *
 * <p>Candidates are the articles that share a band key of their {@link Sketch sketches}. A
 * candidate pair whose sketches put it far from the threshold is decided by that estimate; every
 * other pair is judged on the exact Jaccard similarity of the two articles' {@link Shingles} (a
 * {@link Judge}), so no pair near the threshold is decided by the estimate's error. The groups are
 * the connected components of the pairs found similar (a copy of a copy joins its original's
 * group); each group's canonical article is the first by a {@link CanonicalOrder} (earliest dated,
 * then the smallest id). A copy's similarity with its canonical article is always the exact one.
 */
public final class NearDuplicateGrouping {
  /** Exact similarities of pairs of articles, read from wherever the articles' words are. */
  public interface Judge {
    /**
     * The exact Jaccard similarity of each pair's {@link Shingles}, in the pairs' order.
     *
     * @param pairs each pair as {@code (long) first << 32 | second}, article numbers; sorted, so
     *     that a judge can keep the first article's shingles for the pairs that follow
     */
    double[] similarities(long[] pairs) throws IOException;
  }

  /** Which of two articles of a group is its canonical one: the one ordered first. */
  public interface CanonicalOrder {
    int compare(int a, int b);
  }

  /** How far under the threshold an estimate sets a pair aside unread. */
  static final double SURELY_BELOW = 0.2;

  /** How far over the threshold an estimate links a pair unread. */
  static final double SURELY_ABOVE = 0.15;

  private final double threshold;

  public NearDuplicateGrouping(double threshold) {
    this.threshold = threshold;
  }

  /**
   * The hash that orders articles within a bucket ({@link #group}): a 64-bit hash of the article's
   * id. Doc order would do as well for one index, but it is the order in which indexing threads
   * happened to add the articles, so the same files indexed twice paired different articles in
   * large buckets and could group a few copies differently (on 1 GB of a corpus repeated 47 times,
   * 523,076 copies one run and 523,209 another).
   */
  public static long orderHash(BytesRef id) {
    return ((long) StringHelper.murmurhash3_x86_32(id, 0x5eed) << 32)
        | (StringHelper.murmurhash3_x86_32(id, 0x1d5) & 0xffffffffL);
  }

  /**
   * Every article's place among near-duplicates.
   *
   * @param sketches every article's sketch, by article number; an article without one is alone
   * @param orderHash each article's {@link #orderHash}
   * @param canonicalOrder which article of a group is its canonical one
   * @param judge the exact similarities of pairs the estimates leave open
   */
  public Places group(
      SketchTable sketches, long[] orderHash, CanonicalOrder canonicalOrder, Judge judge)
      throws IOException {
    Linked linked = link(sketches, byHash(orderHash), judge);
    return places(linked, sketches.count(), canonicalOrder, judge);
  }

  /**
   * Where each article stands.
   *
   * @param role {@link #ALONE}, {@link #CANONICAL} or {@link #COPY}, by article number
   * @param canonical the number of the article's group's canonical article; -1 when alone
   * @param similarity the exact similarity with the canonical article (1 for itself; 0 when alone)
   */
  public record Places(byte[] role, int[] canonical, double[] similarity) {}

  public static final byte ALONE = 0;
  public static final byte CANONICAL = 1;
  public static final byte COPY = 2;

  /**
   * Links the articles that share a band key and are similar, one band at a time: each article's
   * key is taken from its sketch, the (key, rank in {@code docAt}) pairs sorted, and the runs of
   * one key are the band's buckets. In a bucket each article is paired with the bucket's first
   * article and the one before it, unless the groups found in the bands before already join them;
   * the band's pairs are judged, and the similar ones joined, before the next band. So a story and
   * its fifty copies make about a hundred pairs in the first band and none in the other twenty, and
   * memory holds one band's pairs, never every candidate pair (which for a corpus of many copies
   * outgrew the heap).
   */
  private Linked link(SketchTable sketches, int[] docAt, Judge judge) throws IOException {
    int count = sketches.count();
    int[] rank = new int[count];
    for (int r = 0; r < count; r++) {
      rank[docAt[r]] = r;
    }
    long[] keyOfDoc = new long[count];
    long[] sorted = new long[count]; // high 32 bits of the key, then the article's rank
    int[] parent = new int[count]; // union–find of the groups found so far
    for (int doc = 0; doc < count; doc++) {
      parent[doc] = doc;
    }
    List<Verified> judged = new ArrayList<>();
    long[] rejected =
        new long[0]; // pairs judged dissimilar on their text in an earlier band, sorted
    int[] bucket = new int[16];
    for (int band = 0; band < Sketch.BANDS; band++) {
      int keyed = 0;
      for (int doc = 0; doc < count; doc++) {
        if (sketches.has(doc)) {
          long key = sketches.bandKey(doc, band);
          keyOfDoc[doc] = key;
          sorted[keyed++] = (key & 0xffffffff00000000L) | rank[doc];
        }
      }
      Arrays.sort(sorted, 0, keyed);
      Pairs pairs = new Pairs();
      // A run of equal high halves holds one or more keys; the full keys part them.
      for (int from = 0, to; from < keyed; from = to) {
        long high = sorted[from] >>> 32;
        for (to = from + 1; to < keyed && sorted[to] >>> 32 == high; to++) {}
        int size = 0;
        for (int i = from; i < to; i++) {
          if (size == bucket.length) {
            bucket = Arrays.copyOf(bucket, size * 2);
          }
          bucket[size++] = docAt[(int) sorted[i]]; // in id order: the rank is the low half
        }
        pairs.addBucket(bucket, size, keyOfDoc, parent);
      }
      Judged found = judge(sketches, pairs.distinct(rejected), judge);
      for (long pair : found.similar().pairs()) {
        parent[root(parent, (int) pair)] = root(parent, (int) (pair >>> 32));
      }
      judged.add(found.similar());
      rejected = merged(rejected, found.dissimilar());
    }
    return new Linked(parent, Verified.sorted(judged));
  }

  /** Every article, ordered by its hash (then by number, should two hashes meet). */
  private static int[] byHash(long[] hash) {
    int count = hash.length;
    int[] docs = new int[count];
    for (int doc = 0; doc < count; doc++) {
      docs[doc] = doc;
    }
    new IntroSorter() {
      private long pivotHash;
      private int pivotDoc;

      @Override
      protected void swap(int i, int j) {
        int doc = docs[i];
        docs[i] = docs[j];
        docs[j] = doc;
      }

      @Override
      protected void setPivot(int i) {
        pivotDoc = docs[i];
        pivotHash = hash[pivotDoc];
      }

      @Override
      protected int comparePivot(int j) {
        int byHash = Long.compare(pivotHash, hash[docs[j]]);
        return byHash != 0 ? byHash : Integer.compare(pivotDoc, docs[j]);
      }
    }.sort(0, count);
    return docs;
  }

  /** Two sorted arrays of distinct pairs as one. */
  private static long[] merged(long[] a, long[] b) {
    long[] both = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      both[k++] = j == b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
    }
    return both;
  }

  private static int root(int[] parent, int doc) {
    while (parent[doc] != doc) {
      parent[doc] = parent[parent[doc]]; // path halving
      doc = parent[doc];
    }
    return doc;
  }

  /** One band's pairs to judge. */
  private static final class Pairs {
    private long[] pairs = new long[256];
    private int count;

    /**
     * Pairs each article of a run (in bucket order) with the first earlier article of its key and
     * with the one just before it of its key, when the groups found so far do not join them.
     */
    void addBucket(int[] docs, int size, long[] keyOfDoc, int[] parent) {
      for (int i = 1; i < size; i++) {
        int doc = docs[i];
        int first = -1;
        int previous = -1;
        for (int j = 0; j < i; j++) {
          if (keyOfDoc[docs[j]] == keyOfDoc[doc]) {
            first = docs[j];
            break;
          }
        }
        for (int j = i - 1; j >= 0; j--) {
          if (keyOfDoc[docs[j]] == keyOfDoc[doc]) {
            previous = docs[j];
            break;
          }
        }
        for (int earlier : new int[] {first, previous}) {
          if (earlier >= 0 && root(parent, earlier) != root(parent, doc)) {
            add(Math.min(earlier, doc), Math.max(earlier, doc));
          }
        }
      }
    }

    private void add(int smaller, int larger) {
      if (count == pairs.length) {
        pairs = Arrays.copyOf(pairs, count * 2);
      }
      pairs[count++] = ((long) smaller << 32) | larger;
    }

    /** The pairs, sorted, each once, less those judged dissimilar before. */
    long[] distinct(long[] rejected) {
      long[] sorted = Arrays.copyOf(pairs, count);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if ((i == 0 || sorted[i] != sorted[i - 1])
            && Arrays.binarySearch(rejected, sorted[i]) < 0) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }

  /**
   * Judges a band's pairs. A pair whose sketches estimate a similarity more than {@value
   * #SURELY_BELOW} under the threshold is dissimilar, and one estimated {@value #SURELY_ABOVE} over
   * it similar, without reading either article: at the default 0.8 the estimate's standard error is
   * 0.035, so the first is wrong for a pair at the threshold with probability about 10⁻⁸ and the
   * second for a pair just under it about 10⁻⁵. The others (the estimate's error could put them on
   * either side) are judged on their exact similarity. On a corpus of many related texts most
   * candidates share a band by their common passages but are far from copies; reading each pair's
   * words made grouping 1 GB cost more than indexing it.
   */
  private Judged judge(SketchTable sketches, long[] pairs, Judge judge) throws IOException {
    PairList similar = new PairList();
    long[] open = new long[pairs.length];
    int opened = 0;
    for (long pair : pairs) {
      double estimate = sketches.estimate((int) (pair >>> 32), (int) pair);
      if (estimate >= threshold + SURELY_ABOVE) {
        similar.add(pair, Double.NaN);
      } else if (estimate >= threshold - SURELY_BELOW) {
        open[opened++] = pair;
      }
    }
    open = Arrays.copyOf(open, opened);
    double[] exact = judge.similarities(open);
    PairList dissimilar = new PairList();
    for (int p = 0; p < open.length; p++) {
      (exact[p] >= threshold ? similar : dissimilar).add(open[p], exact[p]);
    }
    return new Judged(Verified.sorted(List.of(similar.verified())), dissimilar.verified().pairs());
  }

  /**
   * One band's judgements: the pairs found similar, and those found dissimilar on their text (to be
   * judged no more); pairs set aside by their estimate are in neither.
   */
  private record Judged(Verified similar, long[] dissimilar) {}

  /**
   * The pairs judged similar, sorted, each with its exact similarity (NaN for a pair linked on its
   * estimate, whose similarity is measured when it is needed).
   */
  private record Verified(long[] pairs, double[] similarity) {
    /** All the parts' pairs in one sorted list. */
    static Verified sorted(List<Verified> parts) {
      int length = 0;
      for (Verified part : parts) {
        length += part.pairs.length;
      }
      long[] pairs = new long[length];
      double[] similarity = new double[length];
      int at = 0;
      for (Verified part : parts) {
        System.arraycopy(part.pairs, 0, pairs, at, part.pairs.length);
        System.arraycopy(part.similarity, 0, similarity, at, part.pairs.length);
        at += part.pairs.length;
      }
      // Sort the pairs, their similarities with them: by pair, through an index permutation.
      Integer[] boxed = new Integer[length];
      for (int i = 0; i < length; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (x, y) -> Long.compare(pairs[x], pairs[y]));
      long[] sortedPairs = new long[length];
      double[] sortedSimilarity = new double[length];
      for (int i = 0; i < length; i++) {
        sortedPairs[i] = pairs[boxed[i]];
        sortedSimilarity[i] = similarity[boxed[i]];
      }
      return new Verified(sortedPairs, sortedSimilarity);
    }

    /**
     * The similarity of two articles judged as a pair, or NaN if they were not (or were linked on
     * their estimate).
     */
    double of(int a, int b) {
      int found = Arrays.binarySearch(pairs, ((long) Math.min(a, b) << 32) | Math.max(a, b));
      return found >= 0 ? similarity[found] : Double.NaN;
    }
  }

  /** Pairs with a similarity each, in the order added. */
  private static final class PairList {
    private long[] pairs = new long[16];
    private double[] similarity = new double[16];
    private int count;

    void add(long pair, double value) {
      if (count == pairs.length) {
        pairs = Arrays.copyOf(pairs, count * 2);
        similarity = Arrays.copyOf(similarity, count * 2);
      }
      pairs[count] = pair;
      similarity[count++] = value;
    }

    Verified verified() {
      return new Verified(Arrays.copyOf(pairs, count), Arrays.copyOf(similarity, count));
    }
  }

  /** The groups found: the union–find of the articles, and the pairs judged similar. */
  private record Linked(int[] parent, Verified links) {}

  /**
   * Each group's canonical article, and each copy's similarity with it: judged already when the two
   * were a pair (a copy and its original mostly are), else judged now.
   */
  private static Places places(Linked linked, int count, CanonicalOrder order, Judge judge)
      throws IOException {
    int[] root = new int[count];
    int[] size = new int[count];
    for (int doc = 0; doc < count; doc++) {
      root[doc] = root(linked.parent(), doc);
      size[root[doc]]++;
    }
    int[] canonicalOf = new int[count]; // by group root
    Arrays.fill(canonicalOf, -1);
    for (int doc = 0; doc < count; doc++) {
      int group = root[doc];
      if (size[group] > 1
          && (canonicalOf[group] < 0 || order.compare(doc, canonicalOf[group]) < 0)) {
        canonicalOf[group] = doc;
      }
    }
    byte[] role = new byte[count];
    int[] canonical = new int[count];
    double[] similarity = new double[count];
    long[] unjudged = new long[16]; // (canonical, copy), sorted by the canonical article
    int open = 0;
    for (int doc = 0; doc < count; doc++) {
      int first = size[root[doc]] < 2 ? -1 : canonicalOf[root[doc]];
      canonical[doc] = first;
      if (first < 0) {
        role[doc] = ALONE;
      } else if (first == doc) {
        role[doc] = CANONICAL;
        similarity[doc] = 1;
      } else {
        role[doc] = COPY;
        similarity[doc] = linked.links().of(first, doc);
        if (Double.isNaN(similarity[doc])) {
          if (open == unjudged.length) {
            unjudged = Arrays.copyOf(unjudged, open * 2);
          }
          unjudged[open++] = ((long) first << 32) | doc;
        }
      }
    }
    unjudged = Arrays.copyOf(unjudged, open);
    Arrays.sort(unjudged);
    double[] exact = judge.similarities(unjudged);
    for (int p = 0; p < unjudged.length; p++) {
      similarity[(int) unjudged[p]] = exact[p];
    }
    return new Places(role, canonical, similarity);
  }
}

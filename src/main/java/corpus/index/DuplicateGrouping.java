package corpus.index;

import corpus.dedup.Shingles;
import corpus.dedup.Sketch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.StringHelper;

/**
 * Finds the groups of near-duplicates (wire copies) among every live article of an index and writes
 * each article's place in them ({@link Schema#DUP_ROLE}, {@link Schema#DUP_CANONICAL}, {@link
 * Schema#DUP_SIMILARITY}) as doc-values updates, to be committed with the run.
 *
 * <p>Candidates are the articles that share a band key of their {@link Schema#DUP_SKETCH sketches},
 * whether they came in this run or years ago. A candidate pair whose sketches put it far from the
 * threshold is decided by that estimate; every other pair is judged on the exact Jaccard similarity
 * of the two articles' {@link Shingles}, read from the forward index ({@link ForwardShingles}), so
 * no pair near the threshold is decided by the estimate's error. The groups are the connected
 * components of the pairs found similar (a copy of a copy joins its original's group); each group's
 * canonical article is the earliest dated, then the smallest id, so removing it promotes the next
 * one at the next run. A copy's reported similarity with its canonical article is always the exact
 * one.
 *
 * <p>The whole index is grouped again on every run that changed it: the sketches make that a sort
 * of the articles per band plus the judging of the pairs, and grouping from scratch cannot drift
 * from what incremental bookkeeping would have kept.
 */
final class DuplicateGrouping {
  private final IndexWriter writer;
  private final double threshold;

  DuplicateGrouping(IndexWriter writer, double threshold) {
    this.writer = writer;
    this.threshold = threshold;
  }

  /** Groups the articles the writer holds now (committed or not) and updates their roles. */
  void regroup() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      ForwardShingles shingles = new ForwardShingles(reader);
      write(reader, shingles, link(reader, shingles));
    }
  }

  /**
   * Links the live articles that share a band key and are similar, one band at a time: each
   * article's key is taken from its {@link Schema#DUP_SKETCH sketch}, the (key, {@link #idOrder
   * rank}) pairs sorted, and the runs of one key are the band's buckets. In a bucket each article
   * is paired with the bucket's first article and the one before it, unless the groups found in the
   * bands before already join them; the band's pairs are judged, and the similar ones joined,
   * before the next band. So a story and its fifty copies make about a hundred pairs in the first
   * band and none in the other twenty, and memory holds one band's pairs, never every candidate
   * pair of the index (which for a corpus of many copies outgrew the heap).
   */
  private Linked link(DirectoryReader reader, ForwardShingles shingles) throws IOException {
    int maxDoc = reader.maxDoc();
    int[] docAt = idOrder(reader);
    int[] rank = new int[maxDoc];
    for (int r = 0; r < maxDoc; r++) {
      rank[docAt[r]] = r;
    }
    long[] keyOfDoc = new long[maxDoc];
    long[] sorted = new long[maxDoc]; // high 32 bits of the key, then the article's rank
    int[] parent = new int[maxDoc]; // union–find of the groups found so far
    for (int doc = 0; doc < maxDoc; doc++) {
      parent[doc] = doc;
    }
    Sketches sketches = new Sketches(reader);
    List<Verified> judged = new ArrayList<>();
    long[] rejected =
        new long[0]; // pairs judged dissimilar on their text in an earlier band, sorted
    int[] bucket = new int[16];
    for (int band = 0; band < Sketch.BANDS; band++) {
      int count = 0;
      for (int doc = 0; doc < maxDoc; doc++) {
        if (sketches.has(doc)) {
          long key = sketches.bandKey(doc, band);
          keyOfDoc[doc] = key;
          sorted[count++] = (key & 0xffffffff00000000L) | rank[doc];
        }
      }
      Arrays.sort(sorted, 0, count);
      Pairs pairs = new Pairs();
      // A run of equal high halves holds one or more keys; the full keys part them.
      for (int from = 0, to; from < count; from = to) {
        long high = sorted[from] >>> 32;
        for (to = from + 1; to < count && sorted[to] >>> 32 == high; to++) {}
        int size = 0;
        for (int i = from; i < to; i++) {
          if (size == bucket.length) {
            bucket = Arrays.copyOf(bucket, size * 2);
          }
          bucket[size++] = docAt[(int) sorted[i]]; // in id order: the rank is the low half
        }
        pairs.addBucket(bucket, size, keyOfDoc, parent);
      }
      Judged found = judge(shingles, sketches, pairs.distinct(rejected));
      for (long pair : found.similar().pairs()) {
        parent[root(parent, (int) pair)] = root(parent, (int) (pair >>> 32));
      }
      judged.add(found.similar());
      rejected = merged(rejected, found.dissimilar());
    }
    return new Linked(parent, Verified.sorted(judged));
  }

  /**
   * Every article, ordered by a 64-bit hash of its id (then by doc, should two hashes meet): the
   * order articles take within a bucket. Doc order would do as well for one index, but it is the
   * order in which indexing threads happened to add the articles, so the same files indexed twice
   * paired different articles in large buckets and could group a few copies differently (on 1 GB of
   * a corpus repeated 47 times, 523,076 copies one run and 523,209 another).
   */
  private static int[] idOrder(DirectoryReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    long[] hash = new long[maxDoc];
    for (LeafReaderContext context : reader.leaves()) {
      SortedDocValues ids = DocValues.getSorted(context.reader(), Schema.ID);
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        BytesRef id = ids.lookupOrd(ids.ordValue());
        hash[context.docBase + doc] =
            ((long) StringHelper.murmurhash3_x86_32(id, 0x5eed) << 32)
                | (StringHelper.murmurhash3_x86_32(id, 0x1d5) & 0xffffffffL);
      }
    }
    int[] docs = new int[maxDoc];
    for (int doc = 0; doc < maxDoc; doc++) {
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
    }.sort(0, maxDoc);
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
     * Pairs each article of a run (in {@link #idOrder}) with the first earlier article of its key
     * and with the one just before it of its key, when the groups found so far do not join them.
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
   * Judges each pair (see {@link #judgeChunk}). The pairs are cut into chunks judged in parallel,
   * each with its own readers.
   */
  private Judged judge(ForwardShingles shingles, Sketches sketches, long[] pairs)
      throws IOException {
    int chunks =
        Math.max(1, Math.min(pairs.length / 64, Runtime.getRuntime().availableProcessors()));
    Judged[] parts = new Judged[chunks];
    Parallel.run(
        chunks,
        chunk ->
            parts[chunk] =
                judgeChunk(
                    shingles,
                    sketches,
                    pairs,
                    (int) ((long) pairs.length * chunk / chunks),
                    (int) ((long) pairs.length * (chunk + 1) / chunks)));
    // Chunks are consecutive runs of the sorted pairs: joined in order, they stay sorted.
    List<Verified> similar = new ArrayList<>();
    long[] dissimilar = new long[0];
    for (Judged part : parts) {
      similar.add(part.similar());
      dissimilar = merged(dissimilar, part.dissimilar());
    }
    return new Judged(Verified.sorted(similar), dissimilar);
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

  /**
   * Judges the pairs {@code from} to {@code to}. A pair whose sketches estimate a similarity more
   * than {@value #SURELY_BELOW} under the threshold is dissimilar, and one estimated {@value
   * #SURELY_ABOVE} over it similar, without reading either article: at the default 0.8 the
   * estimate's standard error is 0.035, so the first is wrong for a pair at the threshold with
   * probability about 10⁻⁸ and the second for a pair just under it about 10⁻⁵. The others (the
   * estimate's error could put them on either side) are judged on the exact similarity of their
   * shingles. On a corpus of many related texts most candidates share a band by their common
   * passages but are far from copies; reading each pair's words made grouping 1 GB cost more than
   * indexing it.
   *
   * <p>Only the current first article's shingles are kept: the pairs come sorted by it, and its
   * second articles in increasing order, each read by a reader of its own. (Keeping every article's
   * shingles until its last pair of the chunk held most of a band's articles at once: at 1 GB the
   * heap filled and the grouping spent its time in garbage collection.)
   */
  private Judged judgeChunk(
      ForwardShingles shingles, Sketches sketches, long[] pairs, int from, int to)
      throws IOException {
    ForwardShingles.Reader firsts = shingles.reader();
    ForwardShingles.Reader seconds = shingles.reader();
    PairList similar = new PairList();
    PairList dissimilar = new PairList();
    int cachedFor = -1;
    long[] first = null;
    for (int p = from; p < to; p++) {
      int a = (int) (pairs[p] >>> 32);
      int b = (int) pairs[p];
      double estimate = sketches.estimate(a, b);
      if (estimate < threshold - SURELY_BELOW) {
        continue;
      }
      if (estimate >= threshold + SURELY_ABOVE) {
        similar.add(pairs[p], Double.NaN);
        continue;
      }
      if (a != cachedFor) {
        first = firsts.of(a);
        cachedFor = a;
      }
      double jaccard = Shingles.jaccard(first, seconds.of(b));
      if (jaccard >= threshold) {
        similar.add(pairs[p], jaccard);
      } else {
        dissimilar.add(pairs[p], jaccard);
      }
    }
    return new Judged(similar.verified(), dissimilar.verified().pairs());
  }

  /** How far under the threshold an estimate sets a pair aside unread. */
  static final double SURELY_BELOW = 0.2;

  /** How far over the threshold an estimate links a pair unread. */
  static final double SURELY_ABOVE = 0.15;

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

  /**
   * Every live article's {@link Sketch}, read once for all the bands and the estimates: 128 bytes
   * an article (115 MB for the 900,000 articles of 1 GB of news).
   */
  private static final class Sketches {
    private final int[] docBase;
    private final byte[][] bytes; // each segment's sketches, Sketch.BYTES per doc
    private final Bits[] present;

    Sketches(DirectoryReader reader) throws IOException {
      List<LeafReaderContext> segments = reader.leaves();
      docBase = new int[segments.size()];
      bytes = new byte[segments.size()][];
      present = new Bits[segments.size()];
      for (int s = 0; s < segments.size(); s++) {
        LeafReader leaf = segments.get(s).reader();
        docBase[s] = segments.get(s).docBase;
        bytes[s] = new byte[Math.multiplyExact(leaf.maxDoc(), Sketch.BYTES)];
        FixedBitSet has = new FixedBitSet(Math.max(1, leaf.maxDoc()));
        Bits live = leaf.getLiveDocs();
        BinaryDocValues sketches = DocValues.getBinary(leaf, Schema.DUP_SKETCH);
        for (int doc = sketches.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = sketches.nextDoc()) {
          BytesRef sketch = sketches.binaryValue();
          if ((live == null || live.get(doc)) && sketch.length == Sketch.BYTES) {
            System.arraycopy(
                sketch.bytes, sketch.offset, bytes[s], doc * Sketch.BYTES, Sketch.BYTES);
            has.set(doc);
          }
        }
        present[s] = has;
      }
    }

    /** Whether the article is live and has words. */
    boolean has(int doc) {
      int s = segment(doc);
      return present[s].get(doc - docBase[s]);
    }

    long bandKey(int doc, int band) {
      int s = segment(doc);
      return Sketch.bandKey(bytes[s], (doc - docBase[s]) * Sketch.BYTES, band);
    }

    double estimate(int a, int b) {
      int sa = segment(a);
      int sb = segment(b);
      return Sketch.estimate(
          bytes[sa], (a - docBase[sa]) * Sketch.BYTES, bytes[sb], (b - docBase[sb]) * Sketch.BYTES);
    }

    private int segment(int doc) {
      return ReaderUtil.subIndex(doc, docBase);
    }
  }

  /** Writes every article's role where it changed. */
  private void write(DirectoryReader reader, ForwardShingles shingles, Linked linked)
      throws IOException {
    int maxDoc = reader.maxDoc();
    int[] root = new int[maxDoc];
    int[] size = new int[maxDoc];
    for (int doc = 0; doc < maxDoc; doc++) {
      root[doc] = root(linked.parent(), doc);
      size[root[doc]]++;
    }
    // Each group's canonical article: the earliest dated (undated last), then the smallest id.
    String[] id = new String[maxDoc];
    long[] day = new long[maxDoc];
    int[] canonical = new int[maxDoc];
    Arrays.fill(canonical, -1);
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, Schema.ID);
      NumericDocValues dates = DocValues.getNumeric(leaf, Schema.DATE);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        int global = context.docBase + doc;
        if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
          continue;
        }
        id[global] = ids.lookupOrd(ids.ordValue()).utf8ToString();
        day[global] = dates.advanceExact(doc) ? dates.longValue() : Long.MAX_VALUE;
        int group = root[global];
        if (size[group] > 1) {
          int best = canonical[group];
          if (best < 0
              || day[global] < day[best]
              || (day[global] == day[best] && id[global].compareTo(id[best]) < 0)) {
            canonical[group] = global;
          }
        }
      }
    }
    // Each copy's similarity with its canonical article: judged already when the two were a pair
    // (a copy and its original mostly are), else read again, on every core.
    double[] similarity = new double[maxDoc];
    List<Integer> unjudged = new ArrayList<>();
    for (int doc = 0; doc < maxDoc; doc++) {
      if (id[doc] == null || size[root[doc]] < 2) {
        continue;
      }
      int first = canonical[root[doc]];
      if (doc == first) {
        similarity[doc] = 1;
        continue;
      }
      similarity[doc] = linked.links().of(first, doc);
      if (Double.isNaN(similarity[doc])) {
        unjudged.add(doc);
      }
    }
    unjudged.sort(Comparator.comparingInt(doc -> canonical[root[doc]]));
    int tasks = Math.max(1, Math.min(unjudged.size(), Runtime.getRuntime().availableProcessors()));
    Parallel.run(
        tasks,
        task -> {
          ForwardShingles.Reader canonicals = shingles.reader();
          ForwardShingles.Reader copies = shingles.reader();
          int from = unjudged.size() * task / tasks;
          int to = unjudged.size() * (task + 1) / tasks;
          int cachedFor = -1;
          long[] canonicalShingles = null;
          for (int i = from; i < to; i++) {
            int doc = unjudged.get(i);
            int first = canonical[root[doc]];
            if (first != cachedFor) {
              canonicalShingles = canonicals.of(first);
              cachedFor = first;
            }
            similarity[doc] = Shingles.jaccard(canonicalShingles, copies.of(doc));
          }
        });
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      NumericDocValues roles = DocValues.getNumeric(leaf, Schema.DUP_ROLE);
      BinaryDocValues canonicals = DocValues.getBinary(leaf, Schema.DUP_CANONICAL);
      NumericDocValues similarities = DocValues.getNumeric(leaf, Schema.DUP_SIMILARITY);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        int global = context.docBase + doc;
        if (id[global] == null) {
          continue; // deleted
        }
        Place now =
            new Place(
                roles.advanceExact(doc) ? roles.longValue() : Schema.DUP_ALONE,
                canonicals.advanceExact(doc) ? canonicals.binaryValue().utf8ToString() : "",
                similarities.advanceExact(doc) ? similarities.longValue() : 0);
        Place wanted =
            size[root[global]] < 2
                ? ALONE
                : new Place(
                    global == canonical[root[global]]
                        ? Schema.DUP_CANONICAL_MEMBER
                        : Schema.DUP_COPY,
                    id[canonical[root[global]]],
                    Math.round(similarity[global] * 1_000_000));
        if (!wanted.equals(now)) {
          Field[] fields = {
            new NumericDocValuesField(Schema.DUP_ROLE, wanted.role()),
            new BinaryDocValuesField(Schema.DUP_CANONICAL, new BytesRef(wanted.canonical())),
            new NumericDocValuesField(Schema.DUP_SIMILARITY, wanted.similarity())
          };
          // By id term, buffered and applied at the commit. (tryUpdateDocValue by doc id makes a
          // column of the segment's size for every call: for a million copies it filled the heap.)
          writer.updateDocValues(new Term(Schema.ID, id[global]), fields);
        }
      }
    }
  }

  /** An article's place among near-duplicates, as written in its doc values. */
  private record Place(long role, String canonical, long similarity) {}

  private static final Place ALONE = new Place(Schema.DUP_ALONE, "", 0);

  /** The groups found: the union–find of the articles, and the pairs judged similar. */
  private record Linked(int[] parent, Verified links) {}
}

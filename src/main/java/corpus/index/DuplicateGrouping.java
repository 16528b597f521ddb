package corpus.index;

import corpus.dedup.Shingles;
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
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.StringHelper;

/**
 * Finds the groups of near-duplicates (wire copies) among every live article of an index and writes
 * each article's place in them ({@link Schema#DUP_ROLE}, {@link Schema#DUP_CANONICAL}, {@link
 * Schema#DUP_SIMILARITY}) as doc-values updates, to be committed with the run.
 *
 * <p>Candidates are the articles that share a band key ({@link Schema#DUP_BANDS}), whether they
 * came in this run or years ago. Each candidate pair is then judged on the exact Jaccard similarity
 * of the two articles' {@link Shingles}, read from the forward index ({@link ForwardShingles}), not
 * on the MinHash estimate, so no pair near the threshold is decided by the estimate's error. The
 * groups are the connected components of the pairs judged similar (a copy of a copy joins its
 * original's group); each group's canonical article is the earliest dated, then the smallest id, so
 * removing it promotes the next one at the next run.
 *
 * <p>The whole index is grouped again on every run that changed it: the band keys make that a sort
 * of one column per band plus the judging of the pairs, and grouping from scratch cannot drift from
 * what incremental bookkeeping would have kept.
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
   * article's key is read from {@link Schema#DUP_BANDS}, the (key, {@link #idOrder rank}) pairs
   * sorted, and the runs of one key are the band's buckets. In a bucket each article is paired with
   * the bucket's first article and the one before it, unless the groups found in the bands before
   * already join them; the band's pairs are judged, and the similar ones joined, before the next
   * band. So a story and its fifty copies make about a hundred pairs in the first band and none in
   * the other twenty, and memory holds one band's pairs, never every candidate pair of the index
   * (which for a corpus of many copies outgrew the heap).
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
    List<Verified> judged = new ArrayList<>();
    long[] rejected = new long[0]; // pairs judged dissimilar in an earlier band, sorted
    int[] bucket = new int[16];
    for (int band = 0; band < Schema.BANDING.bands(); band++) {
      int count = 0;
      for (LeafReaderContext context : reader.leaves()) {
        LeafReader leaf = context.reader();
        Bits live = leaf.getLiveDocs();
        BinaryDocValues bands = DocValues.getBinary(leaf, Schema.DUP_BANDS);
        for (int doc = bands.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = bands.nextDoc()) {
          if (live == null || live.get(doc)) {
            int global = context.docBase + doc;
            long key = Schema.bandKey(bands.binaryValue(), band);
            keyOfDoc[global] = key;
            sorted[count++] = (key & 0xffffffff00000000L) | rank[global];
          }
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
      long[] candidates = pairs.distinct(rejected);
      Verified similar = judge(shingles, candidates);
      for (long pair : similar.pairs()) {
        parent[root(parent, (int) pair)] = root(parent, (int) (pair >>> 32));
      }
      judged.add(similar);
      rejected = merged(rejected, without(candidates, similar.pairs()));
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

  /** The sorted pairs of {@code all} that are not in {@code some} (both sorted). */
  private static long[] without(long[] all, long[] some) {
    long[] rest = new long[all.length];
    int count = 0;
    for (long pair : all) {
      if (Arrays.binarySearch(some, pair) < 0) {
        rest[count++] = pair;
      }
    }
    return Arrays.copyOf(rest, count);
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
   * Judges each pair on its exact similarity; returns the similar ones. The pairs are cut into
   * chunks judged in parallel, each with its own readers.
   */
  private Verified judge(ForwardShingles shingles, long[] pairs) throws IOException {
    // A chunk per thread: an article whose pairs fall in two chunks is read by both.
    int chunks =
        Math.max(1, Math.min(pairs.length / 64, Runtime.getRuntime().availableProcessors()));
    Verified[] judged = new Verified[chunks];
    Parallel.run(
        chunks,
        chunk ->
            judged[chunk] =
                similarPairs(
                    shingles,
                    pairs,
                    (int) ((long) pairs.length * chunk / chunks),
                    (int) ((long) pairs.length * (chunk + 1) / chunks)));
    return Verified.sorted(List.of(judged));
  }

  /** The pairs judged similar, sorted, each with its exact similarity. */
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

    /** The similarity of two articles judged as a pair, or NaN if they were not. */
    double of(int a, int b) {
      int found = Arrays.binarySearch(pairs, ((long) Math.min(a, b) << 32) | Math.max(a, b));
      return found >= 0 ? similarity[found] : Double.NaN;
    }
  }

  /**
   * The pairs {@code from} to {@code to} whose similarity reaches the threshold. Only the current
   * first article's shingles are kept: the pairs come sorted by it, and its second articles in
   * increasing order, each read by a reader of its own. (Keeping every article's shingles until its
   * last pair of the chunk held most of a band's articles at once: at 1 GB the heap filled and the
   * grouping spent its time in garbage collection.)
   */
  private Verified similarPairs(ForwardShingles shingles, long[] pairs, int from, int to)
      throws IOException {
    ForwardShingles.Reader firsts = shingles.reader();
    ForwardShingles.Reader seconds = shingles.reader();
    long[] similar = new long[16];
    double[] similarity = new double[16];
    int count = 0;
    int cachedFor = -1;
    long[] first = null;
    for (int p = from; p < to; p++) {
      int a = (int) (pairs[p] >>> 32);
      if (a != cachedFor) {
        first = firsts.of(a);
        cachedFor = a;
      }
      double jaccard = Shingles.jaccard(first, seconds.of((int) pairs[p]));
      if (jaccard >= threshold) {
        if (count == similar.length) {
          similar = Arrays.copyOf(similar, count * 2);
          similarity = Arrays.copyOf(similarity, count * 2);
        }
        similar[count] = pairs[p];
        similarity[count++] = jaccard;
      }
    }
    return new Verified(Arrays.copyOf(similar, count), Arrays.copyOf(similarity, count));
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

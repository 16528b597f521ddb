package corpus.index;

import corpus.dedup.DuplicateGroups;
import corpus.dedup.DuplicateGroups.Group;
import corpus.dedup.DuplicateGroups.Member;
import corpus.dedup.Shingles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the groups of near-duplicates (wire copies) among every live article of an index and writes
 * each article's place in them ({@link Schema#DUP_ROLE}, {@link Schema#DUP_CANONICAL}, {@link
 * Schema#DUP_SIMILARITY}) as doc-values updates, to be committed with the run.
 *
 * <p>Candidates are the articles that share a band key ({@link Schema#DUP_BANDS}), whether they
 * came in this run or years ago. Each candidate pair is then judged on the exact Jaccard similarity
 * of the two stored texts' {@link Shingles}, not on the MinHash estimate, so no pair near the
 * threshold is decided by the estimate's error. The groups are the connected components of the
 * pairs judged similar (a copy of a copy joins its original's group); each group's canonical
 * article is the earliest dated, then the smallest id, so removing it promotes the next one at the
 * next run.
 *
 * <p>The whole index is grouped again on every run that changed it: the band terms make that a pass
 * over one field's terms plus the verification of the candidates, and grouping from scratch cannot
 * drift from what incremental bookkeeping would have kept.
 */
final class DuplicateGrouping {
  /**
   * The pairs an article makes in one band's bucket at most, with the bucket's first articles: a
   * bucket larger than this is a text repeated many times (a boilerplate notice), whose copies all
   * join the group through its first ones anyway.
   */
  private static final int BUCKET_PAIRS = 32;

  /** How the run's grouping came out. */
  record Outcome(int groups, int copies) {}

  private final IndexWriter writer;
  private final double threshold;

  DuplicateGrouping(IndexWriter writer, double threshold) {
    this.writer = writer;
    this.threshold = threshold;
  }

  /** Groups the articles the writer holds now (committed or not) and updates their roles. */
  Outcome regroup() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return write(reader, verify(reader, candidatePairs(reader)));
    }
  }

  /**
   * Every pair of live articles that share a band key, as (smaller doc << 32 | larger doc). One
   * band at a time: each article's key is read from {@link Schema#DUP_BANDS}, the (key, doc) pairs
   * sorted, and the runs of one key are the band's buckets. Memory is two arrays of the index's
   * size, whatever the number of bands.
   */
  private static long[] candidatePairs(DirectoryReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    long[] keyOfDoc = new long[maxDoc];
    long[] sorted = new long[maxDoc]; // high 32 bits of the key, then the doc
    Pairs pairs = new Pairs();
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
            sorted[count++] = (key & 0xffffffff00000000L) | global;
          }
        }
      }
      Arrays.sort(sorted, 0, count);
      // A run of equal high halves holds one or more keys; the full keys part them.
      for (int from = 0, to; from < count; from = to) {
        long high = sorted[from] >>> 32;
        for (to = from + 1; to < count && sorted[to] >>> 32 == high; to++) {}
        if (to - from < 2) {
          continue;
        }
        int size = 0;
        for (int i = from; i < to; i++) {
          if (size == bucket.length) {
            bucket = Arrays.copyOf(bucket, size * 2);
          }
          bucket[size++] = (int) sorted[i]; // in doc order: the doc is the low half
        }
        pairs.addBuckets(bucket, size, keyOfDoc);
      }
    }
    return pairs.distinct();
  }

  /** Candidate pairs as they are found, with repeats (a pair shares several bands). */
  private static final class Pairs {
    private long[] pairs = new long[256];
    private int count;

    /** The pairs within each key's bucket among {@code docs}, which are in doc order. */
    void addBuckets(int[] docs, int size, long[] keyOfDoc) {
      for (int i = 1; i < size; i++) {
        int paired = 0;
        for (int j = 0; j < i && paired < BUCKET_PAIRS; j++) {
          if (keyOfDoc[docs[j]] == keyOfDoc[docs[i]]) {
            add(docs[j], docs[i]);
            paired++;
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

    long[] distinct() {
      long[] sorted = Arrays.copyOf(pairs, count);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }

  /**
   * Judges each candidate pair on its exact similarity and links the similar ones. The pairs are
   * cut into chunks judged in parallel, each with its own reader of stored text; a chunk's pairs
   * come sorted by their first article, so each article's shingles are made once per chunk and
   * dropped when no later pair of the chunk needs them.
   */
  private Verified verify(DirectoryReader reader, long[] pairs) throws IOException {
    // A chunk per thread: an article whose pairs fall in two chunks is read by both.
    int chunks =
        Math.max(1, Math.min(pairs.length / 64, Runtime.getRuntime().availableProcessors()));
    Verified[] judged = new Verified[chunks];
    inParallel(
        chunks,
        chunk ->
            judged[chunk] =
                similarPairs(
                    reader.storedFields(),
                    pairs,
                    (int) ((long) pairs.length * chunk / chunks),
                    (int) ((long) pairs.length * (chunk + 1) / chunks)));
    Verified verified = Verified.concat(judged); // still sorted: the chunks are in order
    StoredFields stored = reader.storedFields();
    Map<Integer, Member> members = new HashMap<>();
    for (long pair : verified.pairs()) {
      Member first = member(stored, members, (int) (pair >>> 32));
      Member second = member(stored, members, (int) pair);
      for (Member member : List.of(first, second)) {
        if (!verified.groups().contains(member.id())) {
          verified.groups().add(member);
        }
      }
      verified.groups().link(first.id(), second.id());
    }
    return verified;
  }

  /** The pairs judged similar, sorted, each with its exact similarity, and the groups they make. */
  private record Verified(long[] pairs, double[] similarity, DuplicateGroups groups) {
    static Verified concat(Verified[] parts) {
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
      return new Verified(pairs, similarity, new DuplicateGroups());
    }

    /** The similarity of two articles judged as a pair, or NaN if they were not. */
    double of(int a, int b) {
      int found = Arrays.binarySearch(pairs, ((long) Math.min(a, b) << 32) | Math.max(a, b));
      return found >= 0 ? similarity[found] : Double.NaN;
    }
  }

  /** The pairs {@code from} to {@code to} whose similarity reaches the threshold. */
  private Verified similarPairs(StoredFields stored, long[] pairs, int from, int to)
      throws IOException {
    Map<Integer, Integer> lastUse = new HashMap<>();
    for (int p = from; p < to; p++) {
      lastUse.put((int) (pairs[p] >>> 32), p);
      lastUse.put((int) pairs[p], p);
    }
    Map<Integer, long[]> shingles = new HashMap<>();
    long[] similar = new long[16];
    double[] similarity = new double[16];
    int count = 0;
    for (int p = from; p < to; p++) {
      int a = (int) (pairs[p] >>> 32);
      int b = (int) pairs[p];
      for (int doc : new int[] {a, b}) {
        if (!shingles.containsKey(doc)) {
          shingles.put(doc, shingles(stored, doc));
        }
      }
      double jaccard = Shingles.jaccard(shingles.get(a), shingles.get(b));
      if (jaccard >= threshold) {
        if (count == similar.length) {
          similar = Arrays.copyOf(similar, count * 2);
          similarity = Arrays.copyOf(similarity, count * 2);
        }
        similar[count] = pairs[p];
        similarity[count++] = jaccard;
      }
      for (int doc : new int[] {a, b}) {
        if (lastUse.get(doc) == p) {
          shingles.remove(doc);
        }
      }
    }
    return new Verified(
        Arrays.copyOf(similar, count), Arrays.copyOf(similarity, count), new DuplicateGroups());
  }

  /** Writes every article's role where it changed; returns the counts. */
  private Outcome write(DirectoryReader reader, Verified verified) throws IOException {
    record Place(long role, String canonical, long similarity) {}
    DuplicateGroups groups = verified.groups();
    List<Group> found = groups.groups();
    Map<String, Integer> docs = new HashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      SortedDocValues ids = DocValues.getSorted(context.reader(), Schema.ID);
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        if (groups.contains(id)) {
          docs.put(id, context.docBase + doc);
        }
      }
    }
    // Each member's similarity with its canonical article: judged already when the two were a
    // candidate pair (a copy and its original mostly are), else read again, the groups shared out
    // among threads.
    double[][] similarity = new double[found.size()][];
    int tasks = Math.max(1, Math.min(found.size(), Runtime.getRuntime().availableProcessors()));
    inParallel(
        tasks,
        task -> {
          StoredFields stored = reader.storedFields();
          for (int g = task; g < found.size(); g += tasks) {
            List<Member> members = found.get(g).members();
            int canonical = docs.get(found.get(g).canonical().id());
            long[] canonicalShingles = null;
            similarity[g] = new double[members.size()];
            for (int m = 0; m < members.size(); m++) {
              int doc = docs.get(members.get(m).id());
              double judged = doc == canonical ? 1 : verified.of(canonical, doc);
              if (Double.isNaN(judged)) {
                if (canonicalShingles == null) {
                  canonicalShingles = shingles(stored, canonical);
                }
                judged = Shingles.jaccard(canonicalShingles, shingles(stored, doc));
              }
              similarity[g][m] = judged;
            }
          }
        });
    Map<String, Place> places = new HashMap<>();
    int copies = 0;
    for (int g = 0; g < found.size(); g++) {
      Group group = found.get(g);
      String canonical = group.canonical().id();
      for (int m = 0; m < group.members().size(); m++) {
        Member member = group.members().get(m);
        boolean isCanonical = member.id().equals(canonical);
        places.put(
            member.id(),
            new Place(
                isCanonical ? Schema.DUP_CANONICAL_MEMBER : Schema.DUP_COPY,
                canonical,
                Math.round(similarity[g][m] * 1_000_000)));
        copies += isCanonical ? 0 : 1;
      }
    }
    Place alone = new Place(Schema.DUP_ALONE, "", 0);
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, Schema.ID);
      NumericDocValues roles = DocValues.getNumeric(leaf, Schema.DUP_ROLE);
      BinaryDocValues canonicals = DocValues.getBinary(leaf, Schema.DUP_CANONICAL);
      NumericDocValues similarities = DocValues.getNumeric(leaf, Schema.DUP_SIMILARITY);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        Place now =
            new Place(
                roles.advanceExact(doc) ? roles.longValue() : Schema.DUP_ALONE,
                canonicals.advanceExact(doc) ? canonicals.binaryValue().utf8ToString() : "",
                similarities.advanceExact(doc) ? similarities.longValue() : 0);
        Place wanted = places.getOrDefault(id, alone);
        if (!wanted.equals(now)) {
          Field[] fields = {
            new NumericDocValuesField(Schema.DUP_ROLE, wanted.role()),
            new BinaryDocValuesField(Schema.DUP_CANONICAL, new BytesRef(wanted.canonical())),
            new NumericDocValuesField(Schema.DUP_SIMILARITY, wanted.similarity())
          };
          // By doc id in the reader the groups were read from: no lookup of the id in every
          // segment's terms, which cost seconds for tens of thousands of copies. A segment merged
          // away since has lost the doc id; the id term finds the article there.
          if (writer.tryUpdateDocValue(reader, context.docBase + doc, fields) == -1) {
            writer.updateDocValues(new Term(Schema.ID, id), fields);
          }
        }
      }
    }
    return new Outcome(found.size(), copies);
  }

  private static long[] shingles(StoredFields stored, int doc) throws IOException {
    String text = stored.document(doc, Set.of(Schema.BODY)).get(Schema.BODY);
    return Shingles.of(text == null ? "" : text);
  }

  /** The article's id and date, read once. */
  private static Member member(StoredFields stored, Map<Integer, Member> members, int doc)
      throws IOException {
    Member member = members.get(doc);
    if (member == null) {
      Document fields = stored.document(doc, Set.of(Schema.ID, Schema.DATE));
      IndexableField date = fields.getField(Schema.DATE);
      member =
          new Member(fields.get(Schema.ID), date == null ? null : date.numericValue().longValue());
      members.put(doc, member);
    }
    return member;
  }

  /** A task that reads the index. */
  private interface Task {
    void run(int task) throws IOException;
  }

  /** Runs tasks 0 to {@code count} − 1 on the common pool, and waits for them all. */
  private static void inParallel(int count, Task task) throws IOException {
    try {
      IntStream.range(0, count)
          .parallel()
          .forEach(
              t -> {
                try {
                  task.run(t);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

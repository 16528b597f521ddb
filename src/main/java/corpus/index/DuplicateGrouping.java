package corpus.index;

import corpus.dedup.DuplicateGroups;
import corpus.dedup.DuplicateGroups.Group;
import corpus.dedup.DuplicateGroups.Member;
import corpus.dedup.Shingles;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
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
      ArticleTexts texts = new ArticleTexts(reader);
      DuplicateGroups groups = verify(texts, candidatePairs(reader), reader.maxDoc());
      return write(reader, texts, groups);
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
   * Judges each candidate pair on its exact similarity and links the similar ones. The pairs come
   * sorted by their first article, so each article's shingles are made once and dropped when no
   * later pair needs them.
   */
  private DuplicateGroups verify(ArticleTexts texts, long[] pairs, int maxDoc) throws IOException {
    int[] lastUse = new int[Math.max(1, maxDoc)];
    Arrays.fill(lastUse, -1);
    for (int p = 0; p < pairs.length; p++) {
      lastUse[(int) (pairs[p] >>> 32)] = p;
      lastUse[(int) pairs[p]] = p;
    }
    DuplicateGroups groups = new DuplicateGroups();
    Map<Integer, long[]> shingles = new HashMap<>();
    for (int p = 0; p < pairs.length; p++) {
      int a = (int) (pairs[p] >>> 32);
      int b = (int) pairs[p];
      for (int doc : new int[] {a, b}) {
        if (!shingles.containsKey(doc)) {
          shingles.put(doc, texts.shingles(doc));
        }
      }
      double similarity = Shingles.jaccard(shingles.get(a), shingles.get(b));
      if (similarity >= threshold) {
        Member first = texts.member(a);
        Member second = texts.member(b);
        for (Member member : List.of(first, second)) {
          if (!groups.contains(member.id())) {
            groups.add(member);
          }
        }
        groups.link(first.id(), second.id());
      }
      for (int doc : new int[] {a, b}) {
        if (lastUse[doc] == p) {
          shingles.remove(doc);
        }
      }
    }
    return groups;
  }

  /** Writes every article's role where it changed; returns the counts. */
  private Outcome write(DirectoryReader reader, ArticleTexts texts, DuplicateGroups groups)
      throws IOException {
    record Place(long role, String canonical, long similarity) {}
    Map<String, Place> places = new HashMap<>();
    int copies = 0;
    List<Group> found = groups.groups();
    for (Group group : found) {
      String canonical = group.canonical().id();
      long[] canonicalShingles = texts.shingles(texts.doc(canonical));
      for (Member member : group.members()) {
        boolean isCanonical = member.id().equals(canonical);
        double similarity =
            isCanonical
                ? 1
                : Shingles.jaccard(canonicalShingles, texts.shingles(texts.doc(member)));
        places.put(
            member.id(),
            new Place(
                isCanonical ? Schema.DUP_CANONICAL_MEMBER : Schema.DUP_COPY,
                canonical,
                Math.round(similarity * 1_000_000)));
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
          writer.updateDocValues(
              new Term(Schema.ID, id),
              new NumericDocValuesField(Schema.DUP_ROLE, wanted.role()),
              new BinaryDocValuesField(Schema.DUP_CANONICAL, new BytesRef(wanted.canonical())),
              new NumericDocValuesField(Schema.DUP_SIMILARITY, wanted.similarity()));
        }
      }
    }
    return new Outcome(found.size(), copies);
  }

  /** Articles by global doc id: their ids, dates and the shingles of their stored text. */
  private static final class ArticleTexts {
    private final StoredFields stored;
    private final Map<String, Integer> docs = new HashMap<>();

    ArticleTexts(DirectoryReader reader) throws IOException {
      this.stored = reader.storedFields();
    }

    long[] shingles(int doc) throws IOException {
      String text = stored.document(doc, Set.of(Schema.BODY)).get(Schema.BODY);
      return Shingles.of(text == null ? "" : text);
    }

    Member member(int doc) throws IOException {
      var fields = stored.document(doc, Set.of(Schema.ID, Schema.DATE));
      String id = fields.get(Schema.ID);
      var date = fields.getField(Schema.DATE);
      docs.put(id, doc);
      return new Member(id, date == null ? null : date.numericValue().longValue());
    }

    int doc(String id) {
      return docs.get(id);
    }

    int doc(Member member) {
      return doc(member.id());
    }
  }
}

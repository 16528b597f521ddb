package corpus.index;

import corpus.dedup.Shingles;
import corpus.dedup.Sketch;
import java.io.IOException;
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

/**
 * Finds the groups of near-duplicates (wire copies) among every live article of an index ({@link
 * NearDuplicateGrouping}, the articles numbered by doc id) and writes each article's place in them
 * ({@link Schema#DUP_ROLE}, {@link Schema#DUP_CANONICAL}, {@link Schema#DUP_SIMILARITY}) as
 * doc-values updates, to be committed with the run. Pairs near the threshold are judged on the
 * exact shingles of the forward index ({@link ForwardShingles}).
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
      int maxDoc = reader.maxDoc();
      String[] id = new String[maxDoc]; // null for a deleted article
      long[] day = new long[maxDoc];
      long[] orderHash = new long[maxDoc];
      readArticles(reader, id, day, orderHash);
      NearDuplicateGrouping.Places places =
          new NearDuplicateGrouping(threshold)
              .group(
                  sketches(reader),
                  orderHash,
                  (a, b) ->
                      day[a] != day[b] ? Long.compare(day[a], day[b]) : id[a].compareTo(id[b]),
                  new ShingleJudge(new ForwardShingles(reader)));
      write(reader, id, places);
    }
  }

  /** Each live article's id, day (undated last) and order hash, by doc id. */
  private static void readArticles(DirectoryReader reader, String[] id, long[] day, long[] hash)
      throws IOException {
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, Schema.ID);
      NumericDocValues dates = DocValues.getNumeric(leaf, Schema.DATE);
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        int global = context.docBase + doc;
        BytesRef bytes = ids.lookupOrd(ids.ordValue());
        hash[global] = NearDuplicateGrouping.orderHash(bytes);
        if (live == null || live.get(doc)) {
          id[global] = bytes.utf8ToString();
          day[global] = dates.advanceExact(doc) ? dates.longValue() : Long.MAX_VALUE;
        }
      }
    }
  }

  /**
   * Every live article's {@link Sketch}, read once for all the bands and the estimates: 128 bytes
   * an article (115 MB for the 900,000 articles of 1 GB of news).
   */
  private static SketchTable sketches(DirectoryReader reader) throws IOException {
    SketchTable table = new SketchTable(reader.maxDoc());
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      BinaryDocValues sketches = DocValues.getBinary(leaf, Schema.DUP_SKETCH);
      for (int doc = sketches.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = sketches.nextDoc()) {
        BytesRef sketch = sketches.binaryValue();
        if ((live == null || live.get(doc)) && sketch.length == Sketch.BYTES) {
          table.set(context.docBase + doc, sketch.bytes, sketch.offset);
        }
      }
    }
    return table;
  }

  /**
   * Judges pairs on the shingles of the forward index, in chunks on every core, each with its own
   * readers. Only the current first article's shingles are kept: the pairs come sorted by it, and
   * its second articles in increasing order, each read by a reader of its own. (Keeping every
   * article's shingles until its last pair of the chunk held most of a band's articles at once: at
   * 1 GB the heap filled and the grouping spent its time in garbage collection.)
   */
  private record ShingleJudge(ForwardShingles shingles) implements NearDuplicateGrouping.Judge {
    @Override
    public double[] similarities(long[] pairs) throws IOException {
      double[] similarity = new double[pairs.length];
      int chunks =
          Math.max(1, Math.min(pairs.length / 64, Runtime.getRuntime().availableProcessors()));
      Parallel.run(
          chunks,
          chunk -> {
            ForwardShingles.Reader firsts = shingles.reader();
            ForwardShingles.Reader seconds = shingles.reader();
            int cachedFor = -1;
            long[] first = null;
            int to = (int) ((long) pairs.length * (chunk + 1) / chunks);
            for (int p = (int) ((long) pairs.length * chunk / chunks); p < to; p++) {
              int a = (int) (pairs[p] >>> 32);
              if (a != cachedFor) {
                first = firsts.of(a);
                cachedFor = a;
              }
              similarity[p] = Shingles.jaccard(first, seconds.of((int) pairs[p]));
            }
          });
      return similarity;
    }
  }

  /** Writes every live article's place where it changed. */
  private void write(DirectoryReader reader, String[] id, NearDuplicateGrouping.Places places)
      throws IOException {
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
        DuplicatePlace now =
            new DuplicatePlace(
                roles.advanceExact(doc) ? roles.longValue() : Schema.DUP_ALONE,
                canonicals.advanceExact(doc) ? canonicals.binaryValue().utf8ToString() : "",
                similarities.advanceExact(doc) ? similarities.longValue() : 0);
        int canonical = places.canonical()[global];
        DuplicatePlace wanted =
            DuplicatePlace.of(
                places.role()[global],
                canonical < 0 ? "" : id[canonical],
                places.similarity()[global]);
        if (!wanted.equals(now)) {
          // By id term, buffered and applied at the commit. (tryUpdateDocValue by doc id makes a
          // column of the segment's size for every call: for a million copies it filled the heap.)
          writer.updateDocValues(new Term(Schema.ID, id[global]), wanted.fields());
        }
      }
    }
  }
}

package corpus.query.solr.shard;

import corpus.index.Schema;
import corpus.query.solr.CollectionFields;
import corpus.query.solr.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** The live articles of one origin on this shard, as an index run compares them with its folder. */
final class IndexedArticles {
  private IndexedArticles() {}

  static List<Wire.IndexedArticle> of(IndexReader reader, String origin) throws IOException {
    BytesRef wanted = new BytesRef(origin);
    List<Wire.IndexedArticle> articles = new ArrayList<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      SortedDocValues origins = DocValues.getSorted(leaf, CollectionFields.ORIGIN);
      int ord = origins.lookupTerm(wanted);
      if (ord < 0) {
        continue;
      }
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, Schema.ID);
      SortedDocValues files = DocValues.getSorted(leaf, Schema.FILE);
      BinaryDocValues hashes = DocValues.getBinary(leaf, Schema.HASH);
      NumericDocValues sizes = DocValues.getNumeric(leaf, Schema.SIZE);
      NumericDocValues modified = DocValues.getNumeric(leaf, Schema.MODIFIED);
      NumericDocValues records = DocValues.getNumeric(leaf, CollectionFields.FILE_RECORDS);
      for (int doc = origins.nextDoc();
          doc != SortedDocValues.NO_MORE_DOCS;
          doc = origins.nextDoc()) {
        if (origins.ordValue() != ord
            || (live != null && !live.get(doc))
            || !ids.advanceExact(doc)) {
          continue;
        }
        files.advanceExact(doc);
        hashes.advanceExact(doc);
        sizes.advanceExact(doc);
        modified.advanceExact(doc);
        articles.add(
            new Wire.IndexedArticle(
                ids.lookupOrd(ids.ordValue()).utf8ToString(),
                files.lookupOrd(files.ordValue()).utf8ToString(),
                hashes.binaryValue().utf8ToString(),
                sizes.longValue(),
                modified.longValue(),
                records.advanceExact(doc) ? records.longValue() : 0));
      }
    }
    return articles;
  }

  /** What this replica holds, summed up so that replicas can be compared cheaply. */
  static Wire.Replica replica(IndexReader reader) throws IOException {
    long digest = 0;
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues keys = DocValues.getSorted(leaf, CollectionFields.KEY);
      BinaryDocValues hashes = DocValues.getBinary(leaf, Schema.HASH);
      for (int doc = keys.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = keys.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        long hash = fnv(keys.lookupOrd(keys.ordValue()), 0xcbf29ce484222325L);
        if (hashes.advanceExact(doc)) {
          hash = fnv(hashes.binaryValue(), hash);
        }
        digest ^= hash * 0x9E3779B97F4A7C15L;
      }
    }
    return new Wire.Replica(reader.numDocs(), reader.leaves().size(), digest);
  }

  /** FNV-1a over the bytes, from a running hash. */
  private static long fnv(BytesRef bytes, long hash) {
    for (int i = bytes.offset; i < bytes.offset + bytes.length; i++) {
      hash = (hash ^ (bytes.bytes[i] & 0xff)) * 0x100000001b3L;
    }
    return hash;
  }
}

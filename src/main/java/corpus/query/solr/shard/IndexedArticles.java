package corpus.query.solr.shard;

import corpus.index.Schema;
import corpus.query.lucene.IdPages;
import corpus.query.solr.CollectionFields;
import corpus.query.solr.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The next page of the origin's articles, by id.
   *
   * @param after the last id of the previous page, or null for the first
   */
  static Wire.FilesPage page(IndexReader reader, String origin, String after, int size)
      throws IOException {
    BytesRef wanted = new BytesRef(origin);
    Map<LeafReaderContext, SortedDocValues> origins = new HashMap<>();
    IdPages.Page page =
        IdPages.next(
            reader,
            (leaf, doc) -> {
              // Docs come in increasing order within a segment: one iterator per segment.
              SortedDocValues values = origins.get(leaf);
              if (values == null) {
                values = DocValues.getSorted(leaf.reader(), CollectionFields.ORIGIN);
                origins.put(leaf, values);
              }
              return values.advanceExact(doc) && values.lookupOrd(values.ordValue()).equals(wanted);
            },
            after,
            size);
    // Read segment by segment in doc order, as doc values are read; listed in id order.
    Map<String, Wire.IndexedArticle> byId = new HashMap<>();
    List<IdPages.Article> inDocOrder = new ArrayList<>(page.articles());
    inDocOrder.sort(
        Comparator.comparingInt((IdPages.Article a) -> a.leaf().ord)
            .thenComparingInt(IdPages.Article::doc));
    LeafReaderContext current = null;
    Columns columns = null;
    for (IdPages.Article article : inDocOrder) {
      if (article.leaf() != current) {
        current = article.leaf();
        columns = new Columns(current.reader());
      }
      byId.put(article.id(), columns.read(article.id(), article.doc()));
    }
    List<Wire.IndexedArticle> articles = new ArrayList<>();
    page.articles().forEach(article -> articles.add(byId.get(article.id())));
    return new Wire.FilesPage(articles, page.last(), page.done());
  }

  /** The doc values an index run compares a file by, of one segment. */
  private static final class Columns {
    final SortedDocValues files;
    final BinaryDocValues hashes;
    final NumericDocValues sizes;
    final NumericDocValues modified;
    final NumericDocValues records;

    Columns(LeafReader leaf) throws IOException {
      files = DocValues.getSorted(leaf, Schema.FILE);
      hashes = DocValues.getBinary(leaf, Schema.HASH);
      sizes = DocValues.getNumeric(leaf, Schema.SIZE);
      modified = DocValues.getNumeric(leaf, Schema.MODIFIED);
      records = DocValues.getNumeric(leaf, CollectionFields.FILE_RECORDS);
    }

    Wire.IndexedArticle read(String id, int doc) throws IOException {
      files.advanceExact(doc);
      hashes.advanceExact(doc);
      sizes.advanceExact(doc);
      modified.advanceExact(doc);
      return new Wire.IndexedArticle(
          id,
          files.lookupOrd(files.ordValue()).utf8ToString(),
          hashes.binaryValue().utf8ToString(),
          sizes.longValue(),
          modified.longValue(),
          records.advanceExact(doc) ? records.longValue() : 0);
    }
  }

  /** What this replica holds, summed up so that replicas can be compared cheaply. */
  static Wire.Replica replica(IndexReader reader) throws IOException {
    long digest = 0;
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues keys = DocValues.getSorted(leaf, CollectionFields.KEY);
      BinaryDocValues hashes = DocValues.getBinary(leaf, Schema.HASH);
      NumericDocValues roles = DocValues.getNumeric(leaf, Schema.DUP_ROLE);
      BinaryDocValues canonicals = DocValues.getBinary(leaf, Schema.DUP_CANONICAL);
      NumericDocValues similarities = DocValues.getNumeric(leaf, Schema.DUP_SIMILARITY);
      for (int doc = keys.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = keys.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        long hash = fnv(keys.lookupOrd(keys.ordValue()), 0xcbf29ce484222325L);
        if (hashes.advanceExact(doc)) {
          hash = fnv(hashes.binaryValue(), hash);
        }
        // Replicas write near-duplicate places themselves: the digest tells when one missed some.
        if (roles.advanceExact(doc)) {
          hash = (hash ^ roles.longValue()) * 0x100000001b3L;
        }
        if (canonicals.advanceExact(doc)) {
          hash = fnv(canonicals.binaryValue(), hash);
        }
        if (similarities.advanceExact(doc)) {
          hash = (hash ^ similarities.longValue()) * 0x100000001b3L;
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

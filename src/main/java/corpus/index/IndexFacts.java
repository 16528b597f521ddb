package corpus.index;

import corpus.query.IndexSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * Facts read from an index without touching stored text: its commit metadata and a few id lists.
 */
public final class IndexFacts {
  private IndexFacts() {}

  /** Charsets that are a fallback, not what the file declared or what we expect. */
  private static final List<String> FALLBACK_ENCODINGS = List.of("windows-1252", "iso-8859-1");

  /** The metadata of the last commit, or null when the index was not written by this schema. */
  public static IndexMetadata metadata(Directory dir) throws IOException {
    return IndexMetadata.fromCommitData(SegmentInfos.readLatestCommit(dir).getUserData());
  }

  public static IndexMetadata metadata(DirectoryReader reader) throws IOException {
    return IndexMetadata.fromCommitData(reader.getIndexCommit().getUserData());
  }

  /** Ids of live articles without a date, in id order. */
  public static List<String> undated(IndexReader reader) throws IOException {
    List<String> ids = new ArrayList<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      NumericDocValues dates = DocValues.getNumeric(leaf, Schema.DATE);
      SortedDocValues idValues = DocValues.getSorted(leaf, Schema.ID);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if ((live == null || live.get(doc)) && !dates.advanceExact(doc)) {
          ids.add(id(idValues, doc));
        }
      }
    }
    ids.sort(null);
    return List.copyOf(ids);
  }

  /** How many live articles have this {@link Schema#DUP_ROLE}. */
  public static long withRole(IndexReader reader, long role) throws IOException {
    long count = 0;
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      NumericDocValues roles = DocValues.getNumeric(leaf, Schema.DUP_ROLE);
      for (int doc = roles.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = roles.nextDoc()) {
        if ((live == null || live.get(doc)) && roles.longValue() == role) {
          count++;
        }
      }
    }
    return count;
  }

  /** Articles decoded with a fallback charset, in id order. */
  public static List<IndexSummary.FallbackDecoding> fallbackEncodings(IndexReader reader)
      throws IOException {
    List<IndexSummary.FallbackDecoding> found = new ArrayList<>();
    IndexSearcher searcher = new IndexSearcher(reader);
    for (String encoding : FALLBACK_ENCODINGS) {
      MatchingDocs.forEach(
          searcher,
          new TermQuery(new Term(Schema.ENCODING, encoding)),
          (weight, segment, doc) ->
              found.add(
                  new IndexSummary.FallbackDecoding(
                      id(DocValues.getSorted(segment.reader(), Schema.ID), doc), encoding)));
    }
    found.sort((a, b) -> a.id().compareTo(b.id()));
    return List.copyOf(found);
  }

  static String id(SortedDocValues ids, int doc) throws IOException {
    if (!ids.advanceExact(doc)) {
      throw new IllegalStateException("document " + doc + " has no id");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }
}

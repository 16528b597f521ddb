package corpus.query.lucene;

import corpus.index.DuplicatePlace;
import corpus.index.Schema;
import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

/**
 * Where the articles of one segment stand among near-duplicates, as the last index run wrote it.
 * Read in increasing doc order.
 */
final class DuplicatePlaces {
  /**
   * @param role {@link Schema#DUP_ALONE}, {@link Schema#DUP_CANONICAL_MEMBER} or {@link
   *     Schema#DUP_COPY}
   * @param canonical the id of the group's canonical article; empty when alone
   * @param similarity the exact Jaccard similarity with it; 0 when alone
   */
  record Place(long role, String canonical, double similarity) {
    boolean inGroup() {
      return role != Schema.DUP_ALONE;
    }

    boolean isCopy() {
      return role == Schema.DUP_COPY;
    }
  }

  private static final Place ALONE = new Place(Schema.DUP_ALONE, "", 0);

  private final NumericDocValues roles;
  private final BinaryDocValues canonicals;
  private final NumericDocValues similarities;

  DuplicatePlaces(LeafReader leaf) throws IOException {
    roles = DocValues.getNumeric(leaf, Schema.DUP_ROLE);
    canonicals = DocValues.getBinary(leaf, Schema.DUP_CANONICAL);
    similarities = DocValues.getNumeric(leaf, Schema.DUP_SIMILARITY);
  }

  /** The role alone, cheapest: one column. */
  long role(int doc) throws IOException {
    return roles.advanceExact(doc) ? roles.longValue() : Schema.DUP_ALONE;
  }

  /** The place exactly as the doc values hold it, to compare with one about to be written. */
  DuplicatePlace stored(int doc) throws IOException {
    return new DuplicatePlace(
        role(doc),
        canonicals.advanceExact(doc) ? canonicals.binaryValue().utf8ToString() : "",
        similarities.advanceExact(doc) ? similarities.longValue() : 0);
  }

  Place of(int doc) throws IOException {
    long role = role(doc);
    if (role == Schema.DUP_ALONE) {
      return ALONE;
    }
    String canonical = canonicals.advanceExact(doc) ? canonicals.binaryValue().utf8ToString() : "";
    double similarity = similarities.advanceExact(doc) ? similarities.longValue() / 1_000_000.0 : 0;
    return new Place(role, canonical, similarity);
  }
}

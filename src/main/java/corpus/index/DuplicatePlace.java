package corpus.index;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.util.BytesRef;

/**
 * An article's place among near-duplicates as its doc values hold it: the role, the canonical
 * article (its id in a local index, its key in a cluster) and the similarity in millionths.
 */
public record DuplicatePlace(long role, String canonical, long similarity) {
  public static final DuplicatePlace ALONE = new DuplicatePlace(Schema.DUP_ALONE, "", 0);

  /** The place {@link NearDuplicateGrouping} found, with the canonical article's name. */
  public static DuplicatePlace of(byte role, String canonical, double similarity) {
    return switch (role) {
      case NearDuplicateGrouping.ALONE -> ALONE;
      case NearDuplicateGrouping.CANONICAL ->
          new DuplicatePlace(Schema.DUP_CANONICAL_MEMBER, canonical, 1_000_000);
      default -> new DuplicatePlace(Schema.DUP_COPY, canonical, Math.round(similarity * 1_000_000));
    };
  }

  /** The doc values that say it. */
  public Field[] fields() {
    return new Field[] {
      new NumericDocValuesField(Schema.DUP_ROLE, role),
      new BinaryDocValuesField(Schema.DUP_CANONICAL, new BytesRef(canonical)),
      new NumericDocValuesField(Schema.DUP_SIMILARITY, similarity)
    };
  }
}

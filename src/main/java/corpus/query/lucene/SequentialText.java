package corpus.query.lucene;

import corpus.index.Schema;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;

/**
 * The stored text of a segment's articles read in increasing doc order, as a walk of postings
 * visits them. Lucene keeps stored fields in compressed blocks of many articles; its ordinary
 * reader decompresses a block again for every article asked of it, where the reader it uses for
 * merging decompresses each block once and serves the block's articles from it. Collocates read
 * tens of thousands of articles this way (at 100 MB, 8% faster end to end than the ordinary
 * reader).
 */
final class SequentialText {
  private final StoredFieldsReader sequential; // null when the segment is not a codec's own
  private final StoredFields random;

  SequentialText(LeafReader segment) throws IOException {
    LeafReader unwrapped = FilterLeafReader.unwrap(segment);
    this.sequential =
        unwrapped instanceof CodecReader codec && codec.getFieldsReader() != null
            ? codec.getFieldsReader().getMergeInstance()
            : null;
    this.random = sequential == null ? segment.storedFields() : null;
  }

  /**
   * The article's text.
   *
   * @param doc its number in the segment, greater than that of the article read before
   */
  String read(int doc) throws IOException {
    DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(Set.of(Schema.BODY));
    if (sequential != null) {
      sequential.document(doc, visitor);
    } else {
      random.document(doc, visitor);
    }
    return visitor.getDocument().get(Schema.BODY);
  }
}

package corpus.query.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Cuts a field's term dictionary into ranges holding about as many postings each, for threads to
 * share a walk.
 */
final class TermRanges {
  private TermRanges() {}

  /**
   * @return up to {@code parts - 1} ascending terms; range i runs from cut i-1 (inclusive) to cut i
   *     (exclusive), the first from the start and the last to the end. The largest segment stands
   *     for the whole index: one walk of one dictionary, and segments share their words.
   */
  static List<BytesRef> cuts(IndexReader reader, String field, int parts) throws IOException {
    LeafReader largest =
        reader.leaves().stream()
            .map(LeafReaderContext::reader)
            .max(Comparator.comparingInt(LeafReader::maxDoc))
            .orElse(null);
    Terms terms = parts < 2 || largest == null ? null : largest.terms(field);
    if (terms == null) {
      return List.of();
    }
    long total = terms.getSumDocFreq();
    List<BytesRef> cuts = new ArrayList<>();
    long seen = 0;
    TermsEnum termsEnum = terms.iterator();
    for (BytesRef term = termsEnum.next();
        term != null && cuts.size() < parts - 1;
        term = termsEnum.next()) {
      seen += termsEnum.docFreq();
      if (seen * parts >= total * (cuts.size() + 1)) {
        cuts.add(BytesRef.deepCopyOf(term));
      }
    }
    return cuts;
  }

  /**
   * Moves the enum to the first term after {@code after} (the first term for null), and returns it,
   * or null at the end: where a page of terms in dictionary order starts.
   */
  static BytesRef after(TermsEnum termsEnum, String after) throws IOException {
    if (after == null) {
      return termsEnum.next();
    }
    TermsEnum.SeekStatus status = termsEnum.seekCeil(new BytesRef(after));
    return status == TermsEnum.SeekStatus.END
        ? null
        : status == TermsEnum.SeekStatus.FOUND ? termsEnum.next() : termsEnum.term();
  }
}

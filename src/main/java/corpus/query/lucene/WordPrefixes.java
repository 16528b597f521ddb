package corpus.query.lucene;

import corpus.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/** The text's words by prefix, as the index holds them: what a shell offers on Tab. */
final class WordPrefixes {
  private WordPrefixes() {}

  /**
   * Words of the body that start with {@code prefix} (lower-cased, as the index has its words), in
   * byte order, at most {@code limit}. A word's exact form kept beside its stem is not a word.
   */
  static List<String> startingWith(IndexReader reader, String prefix, int limit)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null || limit <= 0) {
      return List.of();
    }
    BytesRef start = new BytesRef(prefix.toLowerCase(Locale.ROOT));
    TermsEnum words = terms.iterator();
    List<String> found = new ArrayList<>();
    if (words.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return found;
    }
    for (BytesRef word = words.term();
        word != null && StringHelper.startsWith(word, start) && found.size() < limit;
        word = words.next()) {
      if (!Schema.isExactForm(word)) {
        found.add(word.utf8ToString());
      }
    }
    return found;
  }
}

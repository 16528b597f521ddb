package corpus.query.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * English stop words, left out of frequency tables by default. The Snowball project's list (174
 * words, contractions included), as shipped with Lucene: longer than Lucene's default 33-word set,
 * which keeps pronouns and auxiliaries that crowd a news frequency table.
 */
final class StopWords {
  private StopWords() {}

  static final Set<String> ENGLISH = load();

  /**
   * The same words as UTF-8 bytes, so the term dictionary can be checked without decoding every
   * term.
   */
  private static final Set<BytesRef> ENGLISH_BYTES = asBytes(ENGLISH);

  private static Set<String> load() {
    try (Reader list =
        IOUtils.getDecodingReader(
            SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
      CharArraySet words = WordlistLoader.getSnowballWordSet(list);
      Set<String> strings = new HashSet<>();
      for (Object word : words) {
        strings.add(new String((char[]) word));
      }
      return Set.copyOf(strings);
    } catch (IOException e) {
      throw new UncheckedIOException("the stop-word list is missing from Lucene's jar", e);
    }
  }

  private static Set<BytesRef> asBytes(Set<String> words) {
    Set<BytesRef> bytes = new HashSet<>();
    for (String word : words) {
      bytes.add(new BytesRef(word));
    }
    return Set.copyOf(bytes);
  }

  /** Compares by content: a BytesRef's equality and hash cover only its slice of bytes. */
  static boolean contains(BytesRef term) {
    return ENGLISH_BYTES.contains(term);
  }
}

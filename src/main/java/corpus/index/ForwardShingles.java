package corpus.index;

import corpus.dedup.Shingles;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Articles' {@link Shingles} read back from the forward index ({@link ArticleWords}), the same as
 * {@link AnalysedBody} made them when the article was indexed: no stored text is decompressed or
 * analysed again. Each segment's words are hashed once, by word number, when this is made; an
 * article's shingles then cost a pass over its word numbers.
 */
public final class ForwardShingles {
  private final List<LeafReaderContext> segments;
  private final long[][] hashOfWord;

  public ForwardShingles(DirectoryReader reader) throws IOException {
    segments = reader.leaves();
    hashOfWord = new long[segments.size()][];
    Parallel.run(segments.size(), s -> hashOfWord[s] = wordHashes(segments.get(s)));
  }

  /** The hash of each of the segment's words, by word number. */
  private static long[] wordHashes(LeafReaderContext segment) throws IOException {
    TermsEnum words = DocValues.getSortedSet(segment.reader(), Schema.BODY_WORDS).termsEnum();
    long[] hashes = new long[64];
    int count = 0;
    for (BytesRef word = words.next(); word != null; word = words.next()) {
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      hashes[count++] = Shingles.wordHash(word.bytes, word.offset, word.length);
    }
    return Arrays.copyOf(hashes, count);
  }

  /** A reader for one thread. */
  public Reader reader() {
    return new Reader();
  }

  /**
   * Reads articles in any order: doc values read forward only, so a segment's columns are opened
   * again when an article before the last one read is asked for. Reading in increasing doc order
   * (as judging pairs sorted by their first article mostly does) opens them once.
   */
  public final class Reader {
    private final ArticleWords[] words = new ArticleWords[segments.size()];
    private final int[] lastRead = new int[segments.size()];
    private long[] hashes = new long[64];

    /** The shingles of an article of the index (a doc id of the whole reader). */
    public long[] of(int doc) throws IOException {
      int s = ReaderUtil.subIndex(doc, segments);
      LeafReaderContext segment = segments.get(s);
      int local = doc - segment.docBase;
      if (words[s] == null || local <= lastRead[s]) {
        words[s] = new ArticleWords(segment.reader());
      }
      lastRead[s] = local;
      int[] numbers = words[s].read(local, Integer.MAX_VALUE);
      int length = words[s].length();
      if (hashes.length < length) {
        hashes = new long[length];
      }
      int count = 0;
      for (int p = 0; p < length && count < Shingles.MAX_WORDS; p++) {
        if (numbers[p] != ArticleWords.NONE) {
          hashes[count++] = hashOfWord[s][numbers[p]];
        }
      }
      return Shingles.of(hashes, count);
    }
  }
}

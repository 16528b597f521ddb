package corpus.index;

import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one segment's articles by position, from the forward index ({@link
 * Schema#BODY_WORDS}, {@link Schema#BODY_SEQUENCE}) as the segment's word numbers: reading them
 * costs no analysis and makes no string, so words near a node are counted by number and named once
 * at the end. Articles are read in increasing doc order, as doc values are. {@link AnalysedBody}
 * writes what this reads.
 */
public final class ArticleWords {
  /** Where a position holds no word. */
  public static final int NONE = -1;

  private final SortedSetDocValues dictionary;
  private final BinaryDocValues sequences;
  private int[] distinct = new int[64];
  private int[] words = new int[64];
  private int length;

  public ArticleWords(LeafReader segment) throws IOException {
    this.dictionary = DocValues.getSortedSet(segment, Schema.BODY_WORDS);
    this.sequences = DocValues.getBinary(segment, Schema.BODY_SEQUENCE);
  }

  /** How many distinct words the segment has: word numbers are below it. */
  public int wordCount() {
    return Math.toIntExact(dictionary.getValueCount());
  }

  /** The word a number stands for. */
  public String word(int number) throws IOException {
    return dictionary.lookupOrd(number).utf8ToString();
  }

  /**
   * Reads an article's words from its first position to {@code last} (or its end, if sooner).
   *
   * @param doc an article of the segment, after any read before
   * @return the words by position, valid up to {@link #length()} and until the next read: each a
   *     word number, or {@link #NONE}
   */
  public int[] read(int doc, int last) throws IOException {
    length = 0;
    if (!dictionary.advanceExact(doc) || !sequences.advanceExact(doc)) {
      return words;
    }
    int count = dictionary.docValueCount();
    distinct = ArrayUtil.grow(distinct, count);
    for (int i = 0; i < count; i++) {
      distinct[i] = Math.toIntExact(dictionary.nextOrd());
    }
    BytesRef sequence = sequences.binaryValue();
    int at = sequence.offset;
    int end = sequence.offset + sequence.length;
    byte[] bytes = sequence.bytes;
    while (at < end && length <= last) {
      int rank = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        rank |= (b & 0x7F) << shift;
        if (b >= 0) {
          break;
        }
      }
      words = ArrayUtil.grow(words, length + 1);
      words[length++] = rank == 0 ? NONE : distinct[rank - 1];
    }
    return words;
  }

  /** Positions the last {@link #read} gave. */
  public int length() {
    return length;
  }
}

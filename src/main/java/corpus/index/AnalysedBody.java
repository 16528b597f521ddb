package corpus.index;

import corpus.dedup.Shingles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.BytesRefHash;

/**
 * An article's text analysed once for everything indexed from it: the body's postings, its token
 * count, its words in position order ({@link Schema#BODY_WORDS}, {@link Schema#BODY_SEQUENCE}),
 * which collocates and the grouping of copies read instead of analysing the stored text again, and
 * the shingles its near-duplicate signature is made of.
 *
 * <p>The tokens are kept as they come and replayed to Lucene for the body. Lucene reads a
 * document's fields twice, their types first and their values second, so fields whose number
 * depends on the analysis (one per distinct word) must exist before the document is added.
 */
final class AnalysedBody {
  private final Tokens tokens = new Tokens();

  /** Every field made from the text: body, token count, distinct words, word sequence. */
  final List<Field> fields = new ArrayList<>();

  /** Tokens in the body: one per position, a word's exact form beside its stem not counted. */
  final int tokenCount;

  /**
   * The article's {@link Shingles}, of the words the forward index holds, in the same order: what
   * {@link ForwardShingles} reads back when copies are grouped.
   */
  final long[] shingles;

  /**
   * @param analyzer the article's own analyzer, whatever the writer's default: articles of one
   *     index differ in language
   */
  AnalysedBody(String text, Analyzer analyzer) {
    tokens.read(analyzer, text);
    fields.add(new Body(text));
    tokenCount = tokens.counted;
    fields.add(new StoredField(Schema.TOKENS, tokenCount));
    fields.add(new NumericDocValuesField(Schema.TOKENS, tokenCount));
    shingles = addWords();
  }

  /**
   * The forward index: the article's distinct words as sorted-set doc values, and for each position
   * the word's rank among them (1 for the first in byte order; 0 where no word is, as after a token
   * too long to index) as variable-length integers. Ranks within the article's own sorted words
   * survive segment merges, where a segment's ordinals do not. A Russian word is its stem, as a
   * query has it; the exact form beside it is left out. Returns the shingles of those words.
   */
  private long[] addWords() {
    BytesRefHash distinct = DISTINCT.get();
    distinct.clear();
    distinct.reinit();
    BytesRefBuilder bytes = new BytesRefBuilder();
    int[] wordAt = new int[tokens.positions];
    Arrays.fill(wordAt, -1);
    int position = -1;
    for (int t = 0; t < tokens.count; t++) {
      position += tokens.increment[t];
      if (position < 0 || wordAt[position] >= 0 || tokens.isExactForm(t)) {
        continue;
      }
      bytes.copyChars(tokens.chars, tokens.termStart[t], tokens.termLength[t]);
      int id = distinct.add(bytes.get());
      wordAt[position] = id < 0 ? -id - 1 : id;
    }
    int words = distinct.size();
    if (words == 0) {
      return new long[0];
    }
    int[] sorted = distinct.sort();
    int[] rank = new int[words];
    long[] hash = new long[words];
    BytesRef word = new BytesRef();
    for (int r = 0; r < words; r++) {
      rank[sorted[r]] = r + 1;
      BytesRef utf8 = BytesRef.deepCopyOf(distinct.get(sorted[r], word));
      hash[sorted[r]] = Shingles.wordHash(utf8.bytes, utf8.offset, utf8.length);
      fields.add(new SortedSetDocValuesField(Schema.BODY_WORDS, utf8));
    }
    byte[] sequence = new byte[wordAt.length * 5];
    int length = 0;
    long[] wordHashes = new long[Math.min(wordAt.length, Shingles.MAX_WORDS)];
    int count = 0;
    for (int id : wordAt) {
      length = writeVInt(sequence, length, id < 0 ? 0 : rank[id]);
      if (id >= 0 && count < wordHashes.length) {
        wordHashes[count++] = hash[id];
      }
    }
    fields.add(new BinaryDocValuesField(Schema.BODY_SEQUENCE, new BytesRef(sequence, 0, length)));
    return Shingles.of(wordHashes, count);
  }

  /** An article's distinct words, one hash per indexing thread, cleared for each article. */
  private static final ThreadLocal<BytesRefHash> DISTINCT =
      ThreadLocal.withInitial(BytesRefHash::new);

  private static int writeVInt(byte[] into, int at, int value) {
    while ((value & ~0x7F) != 0) {
      into[at++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    into[at++] = (byte) value;
    return at;
  }

  /** The body field: the text stored, its postings from the kept tokens. */
  private final class Body extends Field {
    Body(String text) {
      super(Schema.BODY, text, Schema.BODY_TYPE);
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
      return new Replay(tokens);
    }
  }

  /** One analysis of a text, in parallel arrays: no object per token. */
  private static final class Tokens {
    int count;
    char[] chars = new char[256];
    int charCount;
    int[] termStart = new int[64];
    int[] termLength = new int[64];
    int[] increment = new int[64];
    int[] startOffset = new int[64];
    int[] endOffset = new int[64];
    int finalOffset;
    int finalIncrement;

    /** The last position + 1: gaps (a token too long to index, say) included. */
    int positions;

    /** Tokens that start a position: a word's exact form beside its stem is not another. */
    int counted;

    void read(Analyzer analyzer, String text) {
      try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute positionIncrement =
            stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          add(term, positionIncrement.getPositionIncrement(), offset);
        }
        stream.end();
        finalOffset = offset.endOffset();
        finalIncrement = positionIncrement.getPositionIncrement();
      } catch (IOException impossible) {
        throw new UncheckedIOException("analysing a string in memory", impossible);
      }
    }

    private void add(CharTermAttribute term, int positionIncrement, OffsetAttribute offset) {
      if (count == termStart.length) {
        int size = ArrayUtil.oversize(count + 1, Integer.BYTES);
        termStart = ArrayUtil.growExact(termStart, size);
        termLength = ArrayUtil.growExact(termLength, size);
        increment = ArrayUtil.growExact(increment, size);
        startOffset = ArrayUtil.growExact(startOffset, size);
        endOffset = ArrayUtil.growExact(endOffset, size);
      }
      chars = ArrayUtil.grow(chars, charCount + term.length());
      System.arraycopy(term.buffer(), 0, chars, charCount, term.length());
      termStart[count] = charCount;
      termLength[count] = term.length();
      charCount += term.length();
      increment[count] = positionIncrement;
      positions += positionIncrement;
      if (positionIncrement > 0) {
        counted++;
      }
      startOffset[count] = offset.startOffset();
      endOffset[count] = offset.endOffset();
      count++;
    }

    boolean isExactForm(int t) {
      return termLength[t] > 0 && chars[termStart[t]] == Schema.EXACT_FORM;
    }
  }

  /** The kept tokens, as the analyzer gave them. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionIncrement =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Tokens tokens;
    private int next;

    Replay(Tokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.count) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(tokens.chars, tokens.termStart[next], tokens.termLength[next]);
      positionIncrement.setPositionIncrement(tokens.increment[next]);
      offset.setOffset(tokens.startOffset[next], tokens.endOffset[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(tokens.finalOffset, tokens.finalOffset);
      positionIncrement.setPositionIncrement(tokens.finalIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}

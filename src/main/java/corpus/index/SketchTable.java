package corpus.index;

import corpus.dedup.Sketch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The {@link Sketch}es of a numbered set of articles, held in memory for the bands and the
 * estimates of a grouping: 128 bytes an article, in chunks of a million articles so that no array
 * outgrows Java's limit. An article without a sketch (deleted, or without words) is in no band.
 */
public final class SketchTable {
  private static final int CHUNK_BITS = 20;
  private static final int PER_CHUNK = 1 << CHUNK_BITS;

  private int count;
  private final List<byte[]> chunks = new ArrayList<>();
  private final BitSet present = new BitSet();

  /** A table of {@code count} articles, none with a sketch yet; {@link #add} adds more. */
  public SketchTable(int count) {
    this.count = count;
  }

  /** Articles numbered in the table, with a sketch or not. */
  public int count() {
    return count;
  }

  /** Gives an article its sketch: {@value Sketch#BYTES} bytes from {@code offset}. */
  public void set(int article, byte[] sketch, int offset) {
    if (article < 0 || article >= count) {
      throw new IndexOutOfBoundsException("article " + article + " of " + count);
    }
    int chunk = article >>> CHUNK_BITS;
    while (chunks.size() <= chunk) {
      chunks.add(new byte[0]);
    }
    int needed = offsetOf(article) + Sketch.BYTES;
    if (chunks.get(chunk).length < needed) {
      // Grown by doubling: a small table takes little, a chunk at most 128 MB.
      int length =
          Math.max(needed, Math.min(PER_CHUNK * Sketch.BYTES, chunks.get(chunk).length * 2));
      chunks.set(chunk, Arrays.copyOf(chunks.get(chunk), length));
    }
    System.arraycopy(sketch, offset, chunks.get(chunk), offsetOf(article), Sketch.BYTES);
    present.set(article);
  }

  /**
   * Numbers one more article, with the given sketch or none (null).
   *
   * @return its number
   */
  public int add(byte[] sketch) {
    int article = count++;
    if (sketch != null) {
      set(article, sketch, 0);
    }
    return article;
  }

  /** Whether the article has a sketch. */
  public boolean has(int article) {
    return present.get(article);
  }

  /** Band {@code band}'s key of the article's sketch ({@link Sketch#bandKey}). */
  public long bandKey(int article, int band) {
    return Sketch.bandKey(chunks.get(article >>> CHUNK_BITS), offsetOf(article), band);
  }

  /** The similarity the two articles' sketches estimate ({@link Sketch#estimate}). */
  public double estimate(int a, int b) {
    return Sketch.estimate(
        chunks.get(a >>> CHUNK_BITS), offsetOf(a), chunks.get(b >>> CHUNK_BITS), offsetOf(b));
  }

  private static int offsetOf(int article) {
    return (article & (PER_CHUNK - 1)) * Sketch.BYTES;
  }
}

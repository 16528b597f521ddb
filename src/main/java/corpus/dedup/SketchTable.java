package corpus.dedup;

import java.util.BitSet;

/**
 * The {@link Sketch}es of a numbered set of articles, held in memory for the bands and the
 * estimates of a grouping: 128 bytes an article, in chunks of a million articles so that no array
 * outgrows Java's limit. An article without a sketch (deleted, or without words) is in no band.
 */
public final class SketchTable {
  private static final int CHUNK_BITS = 20;
  private static final int PER_CHUNK = 1 << CHUNK_BITS;

  private final int count;
  private final byte[][] chunks;
  private final BitSet present;

  /** A table of {@code count} articles, none with a sketch yet. */
  public SketchTable(int count) {
    this.count = count;
    this.chunks = new byte[(count + PER_CHUNK - 1) / PER_CHUNK][];
    for (int c = 0; c < chunks.length; c++) {
      chunks[c] = new byte[Math.min(PER_CHUNK, count - c * PER_CHUNK) * Sketch.BYTES];
    }
    this.present = new BitSet(count);
  }

  /** Articles numbered in the table, with a sketch or not. */
  public int count() {
    return count;
  }

  /** Gives an article its sketch: {@value Sketch#BYTES} bytes from {@code offset}. */
  public void set(int article, byte[] sketch, int offset) {
    System.arraycopy(
        sketch, offset, chunks[article >>> CHUNK_BITS], offsetOf(article), Sketch.BYTES);
    present.set(article);
  }

  /** Whether the article has a sketch. */
  public boolean has(int article) {
    return present.get(article);
  }

  /** Band {@code band}'s key of the article's sketch ({@link Sketch#bandKey}). */
  public long bandKey(int article, int band) {
    return Sketch.bandKey(chunks[article >>> CHUNK_BITS], offsetOf(article), band);
  }

  /** The similarity the two articles' sketches estimate ({@link Sketch#estimate}). */
  public double estimate(int a, int b) {
    return Sketch.estimate(
        chunks[a >>> CHUNK_BITS], offsetOf(a), chunks[b >>> CHUNK_BITS], offsetOf(b));
  }

  private static int offsetOf(int article) {
    return (article & (PER_CHUNK - 1)) * Sketch.BYTES;
  }
}

package corpus.dedup;

/**
 * A {@link MinHash#DEFAULT} signature kept in one byte a slot, as the index stores it: b-bit
 * minwise hashing (Li and König, "b-Bit Minwise Hashing", WWW 2010) with b = 8, the lowest 8 bits
 * of each slot's value. 128 bytes an article instead of 512.
 *
 * <p><b>Estimate.</b> Two texts of Jaccard similarity J have equal minima in a slot with
 * probability J; unequal minima still agree on their low byte one time in 256 (the values are
 * uniform). So a slot agrees with probability P = J + (1 − J)/256, and J is estimated from the
 * fraction p of agreeing slots as (p − 1/256)/(1 − 1/256) (Li and König, Theorem 1, for b = 8 and
 * sets small against the space of hash values). Its standard error, √(P(1 − P)/k)/(1 − 1/256), is
 * within a few thousandths of the full signature's √(J(1 − J)/k): 0.035 at J = 0.8 for k = 128.
 *
 * <p><b>Bands.</b> The first {@value #BANDS}·{@value #ROWS} slots make {@value #BANDS} bands of
 * {@value #ROWS} bytes; a band's key is its bytes (with the band's number), scrambled by {@link
 * Shingles#mix}, which maps distinct inputs to distinct keys, so that any bits of the key sort the
 * keys evenly. Two articles share a band's key with probability P^6: 0.26 at J = 0.8, and unrelated
 * articles (J near 0) one time in 256^6 ≈ 3·10^14. So a pair of similarity J shares at least one of
 * the 21 bands with probability 1 − (1 − P^6)^21, an S-curve:
 *
 * <pre>
 *   J       0.2     0.3     0.4     0.5     0.6     0.7     0.8     0.9
 *   P     0.0015  0.016   0.085   0.29    0.64    0.93    0.9984  1.0000
 * </pre>
 *
 * <p>A pair at the threshold 0.8 is missed in 1.6 cases of 1,000, while different articles
 * practically never meet (126 of the 128 slots are banded; the estimate uses all 128). Bands that
 * use every slot do worse: 32 × 4 catches 0.87 of the pairs at J = 0.5 and 0.23 at 0.3 (many
 * needless judgements), 16 × 8 only 0.947 at 0.8.
 */
public final class Sketch {
  /** Bytes of a sketch: one per slot of {@link MinHash#DEFAULT}. */
  public static final int BYTES = MinHash.DEFAULT_SLOTS;

  /** Bands of a sketch. */
  public static final int BANDS = 21;

  /** Bytes (slots) per band. */
  public static final int ROWS = 6;

  private Sketch() {}

  /**
   * The sketch of a signature of {@link MinHash#DEFAULT}; null for {@link Signature#EMPTY}: a text
   * without words has none and resembles nothing.
   */
  public static byte[] of(Signature signature) {
    if (signature.isEmpty()) {
      return null;
    }
    if (signature.slots() != BYTES) {
      throw new IllegalArgumentException("a sketch needs " + BYTES + " slots: " + signature);
    }
    byte[] sketch = new byte[BYTES];
    for (int i = 0; i < BYTES; i++) {
      sketch[i] = (byte) signature.slot(i);
    }
    return sketch;
  }

  /** The estimated Jaccard similarity of two sketches at the given offsets, 0 at the least. */
  public static double estimate(byte[] a, int aOffset, byte[] b, int bOffset) {
    int agree = 0;
    for (int i = 0; i < BYTES; i++) {
      if (a[aOffset + i] == b[bOffset + i]) {
        agree++;
      }
    }
    double chance = 1.0 / 256;
    return Math.max(0, ((double) agree / BYTES - chance) / (1 - chance));
  }

  /** Band {@code band}'s key: its {@value #ROWS} bytes, from the sketch at {@code offset}. */
  public static long bandKey(byte[] sketch, int offset, int band) {
    long key = band + 1;
    int from = offset + band * ROWS;
    for (int i = from; i < from + ROWS; i++) {
      key = key << 8 | (sketch[i] & 0xff);
    }
    return Shingles.mix(key);
  }
}

package corpus.dedup;

import java.util.Arrays;

/**
 * A MinHash signature: for each of {@link #slots()} hash functions, the least 32-bit value it gives
 * any shingle of the text. The fraction of slots in which two signatures agree estimates the
 * Jaccard similarity of the two shingle sets ({@link #estimate}).
 *
 * <p>A text without words has the {@link #EMPTY} signature, with no slots: it resembles nothing,
 * not even another empty text.
 *
 * <p>{@link #toBytes()} gives {@code 1 + 2 + 4·slots} bytes (516 for 128 slots), to be kept as a
 * binary doc value: a version byte ({@value #VERSION}), the slot count as an unsigned 16-bit
 * big-endian number, then each slot as a 32-bit big-endian number. The version stands for
 * everything that makes two signatures comparable (the words and shingle size of {@link Shingles},
 * the hashes, the permutations of {@link MinHash}); changing any of them means a new version, and
 * {@link #fromBytes} refuses bytes of another one, so the caller recomputes them.
 */
public final class Signature {
  /**
   * The format and hashing version written first by {@link #toBytes()}. 2: shingles of the indexed
   * words (1 made its own words of the text).
   */
  public static final byte VERSION = 2;

  /** The signature of a text without words. */
  public static final Signature EMPTY = new Signature(new int[0]);

  private final int[] values;

  Signature(int[] values) {
    this.values = values;
  }

  /** The number of slots; 0 for {@link #EMPTY}. */
  public int slots() {
    return values.length;
  }

  /** Whether this is the signature of a text without words. */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /** The value of one slot, as an unsigned 32-bit number in an int. */
  public int slot(int i) {
    return values[i];
  }

  /**
   * The estimated Jaccard similarity: the fraction of slots in which the two signatures agree. Its
   * standard error is √(J(1 − J)/slots). 0 when either is {@link #EMPTY}.
   *
   * @throws IllegalArgumentException if both have slots but not the same number of them
   */
  public double estimate(Signature other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    if (values.length != other.values.length) {
      throw new IllegalArgumentException(
          "signatures of " + values.length + " and " + other.values.length + " slots");
    }
    int equal = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        equal++;
      }
    }
    return (double) equal / values.length;
  }

  /** The bytes to store: version, slot count, slots (see the class comment). */
  public byte[] toBytes() {
    byte[] bytes = new byte[3 + 4 * values.length];
    bytes[0] = VERSION;
    bytes[1] = (byte) (values.length >>> 8);
    bytes[2] = (byte) values.length;
    for (int i = 0; i < values.length; i++) {
      int v = values[i];
      int at = 3 + 4 * i;
      bytes[at] = (byte) (v >>> 24);
      bytes[at + 1] = (byte) (v >>> 16);
      bytes[at + 2] = (byte) (v >>> 8);
      bytes[at + 3] = (byte) v;
    }
    return bytes;
  }

  /**
   * The signature stored as {@code bytes} by {@link #toBytes()}.
   *
   * @throws IllegalArgumentException if the version is not {@value #VERSION} or the length does not
   *     match the slot count
   */
  public static Signature fromBytes(byte[] bytes) {
    if (bytes.length < 3) {
      throw new IllegalArgumentException("a signature has at least 3 bytes, not " + bytes.length);
    }
    if (bytes[0] != VERSION) {
      throw new IllegalArgumentException(
          "signature version " + bytes[0] + ", this version reads " + VERSION);
    }
    int slots = (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff);
    if (bytes.length != 3 + 4 * slots) {
      throw new IllegalArgumentException(
          "a signature of "
              + slots
              + " slots has "
              + (3 + 4 * slots)
              + " bytes, not "
              + bytes.length);
    }
    if (slots == 0) {
      return EMPTY;
    }
    int[] values = new int[slots];
    for (int i = 0; i < slots; i++) {
      int at = 3 + 4 * i;
      values[i] =
          (bytes[at] & 0xff) << 24
              | (bytes[at + 1] & 0xff) << 16
              | (bytes[at + 2] & 0xff) << 8
              | (bytes[at + 3] & 0xff);
    }
    return new Signature(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Signature[" + values.length + " slots]";
  }
}

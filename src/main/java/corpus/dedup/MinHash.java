package corpus.dedup;

import java.util.Arrays;

/**
 * Computes {@link Signature}s: {@code slots} hash functions over the 64-bit shingle hashes of
 * {@link Shingles}, each keeping its least value.
 *
 * <p><b>How many slots.</b> The estimate's standard error is √(J(1 − J)/k) for k slots; at the
 * default threshold J = 0.8 that is 0.050 for k = 64, 0.035 for k = 128 and 0.025 for k = 256. The
 * default is {@value #DEFAULT_SLOTS}. The number of agreeing slots is binomial, so the chance that
 * a pair of true similarity J is accepted (estimate ≥ 0.8: at least 103 of 128 slots agree) is:
 *
 * <pre>
 *   J          0.60    0.70    0.75    0.78    0.80    0.82    0.85    0.90
 *   k = 64   0.0002  0.030   0.156   0.325   0.475   0.637   0.845   0.990
 *   k = 128  0.0000  0.005   0.090   0.290   0.500   0.720   0.936   0.9996
 *   k = 256  0.0000  0.0002  0.033   0.236   0.525   0.812   0.987   1.0000
 * </pre>
 *
 * <p>Only pairs within a few hundredths of the threshold are uncertain, whatever k (halving the
 * error takes four times the slots). See {@link Sketch} for the banding.
 *
 * <p><b>The hash functions.</b> One 64-bit hash per shingle (already well mixed, see {@link
 * Shingles}), then for slot i the high 32 bits of {@code a_i·x + b_i mod 2^64}, with odd {@code
 * a_i} and any {@code b_i}: multiply-shift hashing (Dietzfelbinger et al. 1997), a universal
 * family, one multiplication and one addition per shingle and slot, no modulo. The {@code a_i} and
 * {@code b_i} come from a SplitMix64 sequence with a fixed seed written here, so they never change
 * with the JDK; changing them needs a new {@link Signature#VERSION}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MinHash {
  /** The number of slots of the default signatures. */
  public static final int DEFAULT_SLOTS = 128;

  /** The largest number of slots a signature can have (its count is stored in 16 bits). */
  public static final int MAX_SLOTS = 65_535;

  private static final long SEED = 0x5eed_d0c5_2026_0013L;

  /** The default: {@value #DEFAULT_SLOTS} slots. */
  public static final MinHash DEFAULT = new MinHash(DEFAULT_SLOTS);

  private final long[] multipliers;
  private final long[] addends;

  /** Hash functions for signatures of {@code slots} slots; the first k agree for every count. */
  public MinHash(int slots) {
    if (slots < 1 || slots > MAX_SLOTS) {
      throw new IllegalArgumentException("slots must be 1 to " + MAX_SLOTS + ": " + slots);
    }
    multipliers = new long[slots];
    addends = new long[slots];
    long state = SEED;
    for (int i = 0; i < slots; i++) {
      state += 0x9e3779b97f4a7c15L;
      multipliers[i] = Shingles.mix(state) | 1L;
      state += 0x9e3779b97f4a7c15L;
      addends[i] = Shingles.mix(state);
    }
  }

  /** The number of slots of this instance's signatures. */
  public int slots() {
    return multipliers.length;
  }

  /**
   * The signature of a set of shingle hashes, as {@link Shingles#of} gives them (duplicates do no
   * harm); {@link Signature#EMPTY} for none.
   */
  public Signature sign(long[] shingles) {
    if (shingles.length == 0) {
      return Signature.EMPTY;
    }
    int slots = multipliers.length;
    long[] least = new long[slots];
    Arrays.fill(least, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < slots; i++) {
        long v = (multipliers[i] * x + addends[i]) >>> 32; // 0 to 2^32 - 1: compares unsigned
        if (v < least[i]) {
          least[i] = v;
        }
      }
    }
    int[] values = new int[slots];
    for (int i = 0; i < slots; i++) {
      values[i] = (int) least[i];
    }
    return new Signature(values);
  }
}

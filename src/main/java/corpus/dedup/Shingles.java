package corpus.dedup;

import java.util.Arrays;

/**
 * The set of hashed word shingles of an article: every run of {@value #WORDS} consecutive words,
 * hashed to 64 bits, as a sorted array of distinct values.
 *
 * <p><b>Words.</b> The words are the article's indexed words, in position order, as the index's
 * analysis made them (lower case, punctuation dropped, a Russian word's stem, Chinese cut into
 * words by the segmenter), each given here as the hash of its UTF-8 bytes ({@link #wordHash}). So
 * the shingles made while indexing and those read back from the index's forward columns when copies
 * are grouped are the same words, and grouping never analyses or even decompresses a stored text.
 *
 * <p><b>Why 5 words.</b> Shorter shingles make unrelated texts of one topic share shingles through
 * stock phrases ("the european union", "in order to"); longer ones let each edit destroy more: a
 * typo removes up to 5 shingles, a replaced first line of 15 words up to 19. With 5 words, three
 * typos in a 300-word article still leave an exact Jaccard of (300 − 15)/(300 + 15) ≈ 0.90, and two
 * different texts on one subject share almost none. Broder's near-duplicate work on the web used
 * 10-word shingles on pages full of boilerplate; news copies are shorter and edited, so less.
 *
 * <p><b>Hash.</b> Each word is hashed with 64-bit FNV-1a over its bytes and then scrambled with
 * MurmurHash3's 64-bit finaliser ({@link #mix}); a shingle's hash combines its words' hashes in
 * order with an odd multiplier and is scrambled again. Not {@link String#hashCode}: it is 32 bits,
 * barely mixed (the MinHash permutations need inputs that look random) and would need a string per
 * word. The hashes are fixed by this code, not by the JDK, so stored signatures stay valid across
 * Java versions; changing them means a new {@link Signature} version.
 *
 * <p><b>Bounded work.</b> Only the first {@value #MAX_WORDS} words count (a long article has a few
 * thousand), so a huge text costs no more than a long article. Two huge texts that agree on their
 * beginning therefore look alike.
 *
 * <p>An article with words but fewer than {@value #WORDS} has one shingle of all of them; one
 * without words has none.
 */
public final class Shingles {
  /** Words per shingle. */
  public static final int WORDS = 5;

  /** Words read at most; the rest of a text is ignored. */
  public static final int MAX_WORDS = 20_000;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Shingles() {}

  /** The hash a word is known by in shingles: of its UTF-8 bytes {@code offset} to + length. */
  public static long wordHash(byte[] utf8, int offset, int length) {
    long h = FNV_OFFSET;
    for (int i = offset; i < offset + length; i++) {
      h = (h ^ (utf8[i] & 0xff)) * FNV_PRIME;
    }
    return mix(h);
  }

  /**
   * The distinct hashes of the {@value #WORDS}-word shingles of the first {@code count} words (at
   * most {@value #MAX_WORDS} of them), given as {@link #wordHash word hashes}, sorted.
   */
  public static long[] of(long[] words, int count) {
    return of(words, count, WORDS);
  }

  /** The distinct hashes of the {@code size}-word shingles of the first {@code count} words. */
  public static long[] of(long[] words, int count, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1: " + size);
    }
    int n = Math.min(count, MAX_WORDS);
    if (n == 0) {
      return new long[0];
    }
    if (n < size) { // a short text: one shingle of all its words
      return new long[] {shingle(words, 0, n)};
    }
    long[] out = new long[n - size + 1];
    for (int from = 0; from < out.length; from++) {
      out[from] = shingle(words, from, size);
    }
    return distinctSorted(out);
  }

  /**
   * The exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted sets of distinct hashes, as {@link
   * #of} returns them; 0 when both are empty.
   */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** MurmurHash3's 64-bit finaliser (fmix64): every input bit affects every output bit. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** The hash of the {@code size} words from {@code from}. */
  private static long shingle(long[] words, int from, int size) {
    long h = size;
    for (int w = from; w < from + size; w++) {
      h = h * GOLDEN + words[w];
    }
    return mix(h);
  }

  /**
   * The distinct values, sorted. The values are hashes, spread evenly, so a counting sort on their
   * top bits into about as many buckets as values leaves a few in a bucket, and an insertion sort
   * finishes in linear time: four times faster than {@link Arrays#sort(long[])} on an article's
   * shingles, which grouping sorts for every article it reads. Values that are not spread evenly
   * (none that {@link #mix} gives) fall back to {@link Arrays#sort(long[])} past 8 moves a value.
   */
  static long[] distinctSorted(long[] values) {
    int n = values.length;
    long[] sorted;
    if (n < 64) {
      sorted = values.clone();
      Arrays.sort(sorted);
    } else {
      sorted = bucketSorted(values);
    }
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return distinct == n ? sorted : Arrays.copyOf(sorted, distinct);
  }

  private static long[] bucketSorted(long[] values) {
    int n = values.length;
    int bits = 32 - Integer.numberOfLeadingZeros(n - 1); // 2^bits ≥ n buckets
    int shift = 64 - bits;
    int[] start = new int[(1 << bits) + 1];
    for (long x : values) {
      start[bucket(x, shift) + 1]++;
    }
    for (int b = 0; b < 1 << bits; b++) {
      start[b + 1] += start[b];
    }
    long[] sorted = new long[n];
    for (long x : values) {
      sorted[start[bucket(x, shift)]++] = x;
    }
    long moves = 0;
    for (int i = 1; i < n; i++) {
      long x = sorted[i];
      int j = i - 1;
      while (j >= 0 && sorted[j] > x) {
        sorted[j + 1] = sorted[j];
        j--;
      }
      sorted[j + 1] = x;
      moves += i - 1 - j;
      if (moves > 8L * n) {
        Arrays.sort(sorted);
        break;
      }
    }
    return sorted;
  }

  /** The bucket of a value by its top bits, in signed order (the order of Arrays.sort). */
  private static int bucket(long x, int shift) {
    return (int) ((x ^ Long.MIN_VALUE) >>> shift);
  }
}

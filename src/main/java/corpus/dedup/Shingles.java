package corpus.dedup;

import java.util.Arrays;

/**
 * The set of hashed word shingles of a text: every run of {@value #WORDS} consecutive words, hashed
 * to 64 bits, as a sorted array of distinct values.
 *
 * <p><b>Words.</b> A word is a maximal run of letters and digits (with the combining marks that
 * follow them, so Devanagari or Arabic vowel signs stay inside their word), lower-cased code point
 * by code point ({@link Character#toLowerCase(int)}, which does not depend on the default locale).
 * Everything else separates words, so punctuation, quotes and markup spacing do not matter. In
 * scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar, Tibetan)
 * every character is a word of its own: a shingle of 5 Chinese characters is a character 5-gram,
 * about three words. A dictionary segmenter would give nicer words but costs far more, depends on a
 * dictionary that may change between versions (and with it every stored signature) and adds nothing
 * here: copies of one text are cut into the same n-grams whatever they mean.
 *
 * <p><b>Why 5 words.</b> Shorter shingles make unrelated texts of one topic share shingles through
 * stock phrases ("the european union", "in order to"); longer ones let each edit destroy more: a
 * typo removes up to 5 shingles, a replaced first line of 15 words up to 19. With 5 words, three
 * typos in a 300-word article still leave an exact Jaccard of (300 − 15)/(300 + 15) ≈ 0.90, and two
 * different texts on one subject share almost none. Broder's near-duplicate work on the web used
 * 10-word shingles on pages full of boilerplate; news copies are shorter and edited, so less.
 *
 * <p><b>Hash.</b> Each word is hashed with 64-bit FNV-1a over its code points and then scrambled
 * with MurmurHash3's 64-bit finaliser ({@link #mix}); a shingle's hash combines its words' hashes
 * in order with an odd multiplier and is scrambled again. Not {@link String#hashCode}: it is 32
 * bits, barely mixed (the MinHash permutations need inputs that look random) and would need a
 * substring per shingle. The hashes are fixed by this code, not by the JDK, so stored signatures
 * stay valid across Java versions; changing them means a new {@link Signature} version.
 *
 * <p><b>Bounded work.</b> Only the first {@value #MAX_WORDS} words count (a long article has a few
 * thousand), and scanning stops after {@value #MAX_CHARS} characters, so a huge text costs no more
 * than a long article. Two huge texts that agree on their beginning therefore look alike.
 *
 * <p>A text with words but fewer than {@value #WORDS} has one shingle of all of them; a text
 * without words has none.
 */
public final class Shingles {
  /** Words per shingle. */
  public static final int WORDS = 5;

  /** Words read at most; the rest of a text is ignored. */
  public static final int MAX_WORDS = 20_000;

  /** Characters scanned at most, whatever they hold. */
  public static final int MAX_CHARS = 400_000;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Shingles() {}

  /** The distinct hashes of the text's {@value #WORDS}-word shingles, sorted. */
  public static long[] of(CharSequence text) {
    return of(text, WORDS);
  }

  /** The distinct hashes of the text's {@code size}-word shingles, sorted. */
  public static long[] of(CharSequence text, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1: " + size);
    }
    long[] window = new long[size]; // the hashes of the last `size` words, a ring
    long[] out = new long[64];
    int count = 0;
    int words = 0;
    int end = Math.min(text.length(), MAX_CHARS);
    long word = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < end && words < MAX_WORDS; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      boolean alone = standsAlone(cp);
      boolean part = !alone && (Character.isLetterOrDigit(cp) || (inWord && isMark(cp)));
      if (inWord && !part) { // the word in progress ends here
        window[words % size] = mix(word);
        words++;
        inWord = false;
        if (words >= size) {
          out = append(out, count++, shingle(window, words, size));
        }
        if (words >= MAX_WORDS) {
          break;
        }
      }
      if (alone) {
        window[words % size] = mix((FNV_OFFSET ^ cp) * FNV_PRIME);
        words++;
        if (words >= size) {
          out = append(out, count++, shingle(window, words, size));
        }
      } else if (part) {
        if (!inWord) {
          word = FNV_OFFSET;
          inWord = true;
        }
        word = (word ^ Character.toLowerCase(cp)) * FNV_PRIME;
      }
    }
    if (inWord && words < MAX_WORDS) {
      window[words % size] = mix(word);
      words++;
      if (words >= size) {
        out = append(out, count++, shingle(window, words, size));
      }
    }
    if (words > 0 && words < size) { // a short text: one shingle of all its words
      out = append(out, count++, shingle(window, words, words));
    }
    return distinctSorted(out, count);
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

  /** The hash of the {@code size} words ending with word number {@code words} (1-based). */
  private static long shingle(long[] window, int words, int size) {
    long h = size;
    int slot = (words - size) % window.length;
    for (int w = 0; w < size; w++) { // no modulo per word: it was most of a shingle's cost
      h = h * GOLDEN + window[slot];
      slot = slot + 1 == window.length ? 0 : slot + 1;
    }
    return mix(h);
  }

  private static boolean standsAlone(int cp) {
    if (cp < 0x0e00) { // below Thai: Latin, Greek, Cyrillic, Arabic, Indic, ... use spaces
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> Character.isLetter(cp);
      default -> false;
    };
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static long[] append(long[] out, int count, long value) {
    if (count == out.length) {
      out = Arrays.copyOf(out, count * 2);
    }
    out[count] = value;
    return out;
  }

  private static long[] distinctSorted(long[] values, int count) {
    Arrays.sort(values, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || values[i] != values[distinct - 1]) {
        values[distinct++] = values[i];
      }
    }
    return Arrays.copyOf(values, distinct);
  }
}

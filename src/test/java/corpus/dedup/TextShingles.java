package corpus.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shingles of a plain text for tests that need texts, not an index: its words are the runs of
 * letters, digits and combining marks, lower-cased, about what the index's standard analysis makes
 * of English (which {@code ForwardShinglesTest} checks against the index itself).
 */
public final class TextShingles {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

  private TextShingles() {}

  /** The {@link Shingles} of the text's words. */
  public static long[] of(CharSequence text) {
    long[] words = wordHashes(text);
    return Shingles.of(words, words.length);
  }

  /** The {@link MinHash#DEFAULT} signature of the text's shingles. */
  public static Signature sign(CharSequence text) {
    return MinHash.DEFAULT.sign(of(text));
  }

  /** The word hashes of the text, in order. */
  public static long[] wordHashes(CharSequence text) {
    long[] words = new long[16];
    int count = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      byte[] utf8 = word.group().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
      if (count == words.length) {
        words = Arrays.copyOf(words, count * 2);
      }
      words[count++] = Shingles.wordHash(utf8, 0, utf8.length);
    }
    return Arrays.copyOf(words, count);
  }
}
